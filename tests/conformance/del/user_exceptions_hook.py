# Exceptions raised in __del__ reach sys.unraisablehook; the objects are still freed and counted.
import gc, sys
sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value, getattr(u.object, "__qualname__", None))
class Bad:
    def __del__(self):
        raise ValueError("boom in del")
class Worse:
    def __del__(self):
        1 / 0
class Quiet:
    def __del__(self):
        try:
            raise KeyError("k")
        except KeyError:
            print("handled inside del")
b = Bad()
del b
print("after Bad")
w = Worse()
w = None
print("after Worse")
q = Quiet()
del q
def f():
    x = Bad()
    return 5
print(f())
class CycBad:
    def __init__(self):
        self.s = self
    def __del__(self):
        raise RuntimeError("cyclic")
c = CycBad()
del c
print(gc.collect())
print("done")
