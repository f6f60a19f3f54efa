import collections.abc as abc
class L(list): pass
class D(dict):
    def __hash__(self): return 1
for x in ([], {}, set(), slice(1), bytearray(), L(), D(), (), 1, "s", frozenset()):
    h = x.__hash__
    print(type(x).__name__, h is None, type(x).__hash__ is None, isinstance(x, abc.Hashable))
try:
    slice(5).__hash__()
except TypeError as e:
    print(e)
print(hash(D()))
