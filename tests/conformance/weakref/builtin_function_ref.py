# A builtin function or method can be weakly referenced; its weak references are cleared
# (and their callbacks called) when it dies.
import weakref

m = [].append
w = weakref.ref(m, lambda r: print("callback, dead:", r() is None))
print(w() is m)
del m
print(w())
bound = {}.get
refs = [weakref.ref(bound) for _ in range(3)]
print(weakref.getweakrefcount(bound), refs[0] is refs[1])
del bound
print([r() for r in refs])
