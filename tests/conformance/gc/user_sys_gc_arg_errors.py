# sys helpers around memory: sizes of sys.maxsize, intern identity, argument errors of gc and sys functions.
import sys
print(sys.getrecursionlimit(), sys.maxsize, sys.byteorder)
print(sys.getsizeof(sys.maxsize), sys.getsizeof(-sys.maxsize - 1), sys.getsizeof(sys.maxsize + 1))
print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() > 0)
print(sys.intern("hello there") is sys.intern("hello" + " there"))
a = "".join(["x", "y", "z", "w"])
b = "xyzw"
print(a == b, a is b, sys.intern(a) is b)
print(sys.version_info[:2], sys.version_info.major, sys.implementation.name if False else "")
print(sys.getrefcount(sys.intern("zz_new_interned_string")))
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
import gc
tests = [lambda: gc.enable(1), lambda: gc.enable(x=1), lambda: gc.isenabled(1), lambda: gc.get_count(1), lambda: gc.get_threshold(2), lambda: gc.set_debug(), lambda: gc.is_tracked(), lambda: gc.is_finalized(1, 2), lambda: gc.disable(1), lambda: sys.setrecursionlimit(), lambda: sys.intern(), lambda: sys.intern(x='a'), lambda: gc.get_referrers(1, x=2), lambda: gc.get_referents(x=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
