# Any collection, even of generation 0, untracks atomic tuples among the survivors.
import gc

gc.collect()
t = tuple(range(3))
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
print(gc.is_tracked(()))
empty = ()
print(empty is tuple())
