# In a collection, every weakref to the garbage is already dead when any callback runs.
import gc
import weakref

gc.collect()


class N:
    pass


a, b = N(), N()
a.b, b.a = b, a
seen = []
ra = weakref.ref(a, lambda r: seen.append(('a', ra(), rb())))
rb = weakref.ref(b, lambda r: seen.append(('b', ra(), rb())))
del a, b
print(gc.collect())
print(seen)
