# Three generations: new container objects start in generation 0; each collection that
# an object survives moves it one generation older; gc.freeze() parks everything in a
# permanent generation the collector never scans.
import gc


class Thing:
    pass


def where(obj):
    for gen in range(3):
        if any(o is obj for o in gc.get_objects(generation=gen)):
            return f"generation {gen}"
    return "permanent (frozen)" if gc.get_freeze_count() else "untracked"


gc.collect()
t = Thing()
print("new object:", where(t))
gc.collect(0)
print("after collect(0):", where(t))
gc.collect(1)
print("after collect(1):", where(t))
gc.collect(2)
print("after collect(2):", where(t))

print("is a tuple of ints tracked?", gc.is_tracked((1, 2, 3)))
pair = ([],)
print("a tuple holding a list:", gc.is_tracked(pair))
d = {"a": 1}
print("a dict of ints:", gc.is_tracked(d), "- with a list value:", gc.is_tracked({"a": []}))

before = gc.get_stats()[0]["collections"]
for _ in range(5):
    gc.collect(0)
print("gen-0 collections added:", gc.get_stats()[0]["collections"] - before)

gc.freeze()
late = Thing()
print("frozen objects > 0:", gc.get_freeze_count() > 0, "- old object:", where(t))
gc.unfreeze()
print("after unfreeze:", where(t), "- freeze count:", gc.get_freeze_count())
