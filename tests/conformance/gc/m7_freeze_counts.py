import gc
gc.collect()
print(gc.get_freeze_count() == 0)
class Big:
    pass
objs = [Big() for _ in range(10)]
for o in objs:
    o.me = o
n0 = len(gc.get_objects())
gc.freeze()
fc = gc.get_freeze_count()
print("frozen >= 10:", fc >= 10)
print("get_objects() after freeze is empty of ours:", not any(o is objs[0] for o in gc.get_objects()))
print("len(get_objects()) after freeze:", len(gc.get_objects()))
print("objs in gen2 after freeze:", any(o is objs[0] for o in gc.get_objects(2)))
print("count", gc.get_count())
del objs
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
print(gc.get_freeze_count())
gc.freeze()
gc.freeze()
print("double freeze count positive:", gc.get_freeze_count() > 0)
x = []
x.append(x)
del x
print("new cycle collected while others frozen:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count(), gc.collect())
