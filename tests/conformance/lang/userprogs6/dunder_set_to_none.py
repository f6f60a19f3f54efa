class NoIter:
    __iter__ = None
    __len__ = None
    __hash__ = None
    __contains__ = None
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
for f in [lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [x for x in NoIter()], lambda: len(NoIter()), lambda: hash(NoIter()), lambda: 1 in NoIter(), lambda: reversed(NoRev()), lambda: sorted(NoIter()), lambda: set(NoIter()), lambda: tuple(NoIter())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
for x in NoIter():
    pass
