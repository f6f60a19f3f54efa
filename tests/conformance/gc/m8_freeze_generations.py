import gc
gc.collect()
print(gc.get_freeze_count())
keep = [[i] for i in range(100)]
gc.freeze()
print(gc.get_freeze_count() >= 100)
print(gc.get_count())
for o in keep[:3]:
    print(gc.is_tracked(o), o in gc.get_objects(2), any(o is x for x in gc.get_objects(0)))
cyc = [[]]; cyc[0].append(cyc)
del cyc
print("collect frozen cycle?", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(any(keep[0] is x for x in gc.get_objects(2)))
a = []; a.append(a)
gc.freeze()
del a
print("frozen cycle not collected:", gc.collect())
gc.unfreeze()
print("after unfreeze:", gc.collect())
print(gc.get_stats()[2]["collections"] > 0)
