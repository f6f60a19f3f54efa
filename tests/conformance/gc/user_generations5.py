# gc.get_objects per generation through collect(0/1/2), freeze/unfreeze, promotion of survivors,
# and automatic collections under a small threshold.
import gc

class Item:
    def __init__(self, n):
        self.n = n

def gen_counts():
    return [sum(1 for o in gc.get_objects(g) if isinstance(o, Item)) for g in range(3)]

gc.collect()
gc.disable()
items = [Item(i) for i in range(20)]
print("fresh:", gen_counts(), gc.get_count())
gc.collect(0)
print("after collect(0):", gen_counts(), gc.get_count())
more = [Item(i) for i in range(5)]
print("5 more:", gen_counts())
gc.collect(1)
print("after collect(1):", gen_counts(), gc.get_count())
gc.collect(0)
print("collect(0) again:", gen_counts())
gc.collect(2)
print("after collect(2):", gc.get_count(), gen_counts())
gc.freeze()
print("frozen:", gen_counts(), "freeze count includes them:", gc.get_freeze_count() >= 25)
later = [Item(i) for i in range(3)]
gc.collect()
print("collect while frozen:", gen_counts())
gc.unfreeze()
print("unfrozen:", gen_counts(), gc.get_freeze_count())

# promotion of survivors mixed with garbage
gc.collect()
keep = []
for i in range(10):
    a = Item(i)
    b = Item(i)
    a.other = b
    b.other = a
    if i % 2 == 0:
        keep.append(a)
del a, b
print("before:", gen_counts())
print("collect(0) found:", gc.collect(0))
print("after:", gen_counts())
keep.clear()
print("collect(0) after clearing keep:", gc.collect(0), "(in gen 1 now)")
print("collect(1):", gc.collect(1), gen_counts())

# get_count arithmetic across thresholds
gc.set_threshold(10, 2, 2)
gc.enable()
gc.collect()
seen = []
gc.callbacks.append(lambda ph, info: seen.append((ph[0], info["generation"])) if ph == "start" else None)
objs = []
for i in range(60):
    objs.append(Item(i))
print("collections with threshold (10,2,2) over 60 allocations:", seen)
print("count at end:", gc.get_count())
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
