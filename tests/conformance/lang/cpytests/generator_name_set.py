# A generator's, coroutine's and async generator's __name__ and __qualname__ can be set to strs
# (gen_set_name); anything else, or deleting, is a TypeError.
import sys
def g(): yield 1
x = g()
print(x.__name__, x.__qualname__)
x.__name__ = "renamed"; x.__qualname__ = "outer.renamed"
print(x.__name__, x.__qualname__, repr(x).split(" at ")[0])
for v in [1, None, b"x"]:
    for attr in ("__name__", "__qualname__"):
        try: setattr(x, attr, v)
        except TypeError as e: print(type(e).__name__, e)
try: del x.__name__
except TypeError as e: print(type(e).__name__, e)
async def c(): pass
co = c(); co.__name__ = "co2"; co.__qualname__ = "co2q"; print(co.__name__, co.__qualname__); co.close()
async def a(): yield
ag = a(); ag.__name__ = "ag2"; print(ag.__name__, ag.__qualname__)
name = "dyn" + str(len(sys.argv))
x.__name__ = name
del name
print(x.__name__, sys.getrefcount(x.__name__))
