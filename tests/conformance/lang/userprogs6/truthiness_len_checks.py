class BadLen:
    def __len__(self): return -1
for f in [lambda: bool(BadLen()), lambda: len(BadLen()), lambda: not BadLen(), lambda: (1 if BadLen() else 2)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
class L2:
    def __len__(self): return 2**70
class L3:
    def __len__(self): return "x"
class L4:
    def __len__(self): return 3.0
for c in (L2, L3, L4):
    for f in (bool, len):
        try: print(f(c()))
        except Exception as e: print(type(e).__name__, e)
