import gc

gc.collect()
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count()[0] <= 2)
print(len(gc.get_objects(2)))
gc.unfreeze()
print(gc.get_freeze_count())
print(len(gc.get_objects(2)) > 0)
