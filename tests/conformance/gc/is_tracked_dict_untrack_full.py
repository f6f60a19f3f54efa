# A dict that no longer holds containers is untracked only by a full collection.
import gc

gc.collect()
d = {'l': []}
print(gc.is_tracked(d))
del d['l']
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
