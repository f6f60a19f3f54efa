# gc.freeze hides objects from collections until unfreeze.
import gc
gc.collect()
print(gc.get_freeze_count() > 0)
base = gc.get_freeze_count()
junk = [[i] for i in range(50)]
gc.freeze()
print(gc.get_freeze_count() - base >= 50)
print(gc.get_count())
print(len(gc.get_objects(2)) < 50)
cyc = []
cyc.append(cyc)
del cyc
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
a = []; a.append(a)
gc.freeze()
del a
print(gc.collect())
gc.unfreeze()
print(gc.collect())
