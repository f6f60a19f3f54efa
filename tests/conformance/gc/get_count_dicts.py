# Dicts count as GC allocations even though they start untracked.
import gc

gc.collect()
gc.disable()
c0 = gc.get_count()[0]
objs = [{} for _ in range(100)]
c1 = gc.get_count()[0]
print('100 dicts:', c1 - c0)
print(gc.is_tracked(objs[0]))
del objs
print('del:', gc.get_count()[0] - c1)
