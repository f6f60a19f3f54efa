# A new list is in generation 0, then moves up one generation per collection.
import gc

gc.collect()
l = []


def where(obj):
    return [any(o is obj for o in gc.get_objects(g)) for g in range(3)]


print(where(l))
gc.collect(0)
print(where(l))
gc.collect(1)
print(where(l))
gc.collect(2)
print(where(l))
print(any(o is l for o in gc.get_objects()))
