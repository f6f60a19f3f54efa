# test_gc.test_get_objects: a new list travels gen0 -> gen1 -> gen2 and stays there.
import gc

gc.collect()
l = []
l.append(l)
print(any(l is e for e in gc.get_objects(generation=0)))
gc.collect(generation=0)
print(any(l is e for e in gc.get_objects(generation=1)), any(l is e for e in gc.get_objects(generation=0)))
gc.collect(generation=1)
print(any(l is e for e in gc.get_objects(generation=2)), any(l is e for e in gc.get_objects(generation=1)))
gc.collect(generation=2)
print(any(l is e for e in gc.get_objects(generation=2)))
del l
print(gc.collect())
