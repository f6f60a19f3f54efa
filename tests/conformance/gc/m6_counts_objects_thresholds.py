import gc
gc.collect()
gc.disable()
base = gc.get_count()
print("base", base)
x = []
print("one list", gc.get_count())
y = [[] for _ in range(10)]
print("11 more lists", gc.get_count())
del y
print("freed", gc.get_count())
z = {i: i for i in range(10)}
print("dict", gc.get_count())
class A: pass
print("class", gc.get_count())
objs = [A() for _ in range(5)]
print("instances", gc.get_count())
t = tuple(objs)
print("tuple", gc.get_count())
s = "abc" * 3
print("str", gc.get_count())
n = 10 ** 20
print("int", gc.get_count())
def f(): pass
print("def", gc.get_count())
g = (i for i in range(3))
print("genexp", gc.get_count())
gc.collect(0)
print("after gen0", gc.get_count())
gc.collect(1)
print("after gen1", gc.get_count())
gc.collect()
print("after full", gc.get_count())

before = len(gc.get_objects())
keep = [A() for _ in range(50)]
after = len(gc.get_objects())
print("get_objects delta", after - before)
del keep
print("after del", len(gc.get_objects()) - before)

def by_type():
    counts = {}
    for o in gc.get_objects():
        counts[type(o).__name__] = counts.get(type(o).__name__, 0) + 1
    return counts
class Widget: pass
c0 = by_type()
ws = [Widget() for _ in range(7)]
c1 = by_type()
print("Widget growth", c1.get("Widget", 0) - c0.get("Widget", 0))
print("list growth", c1.get("list", 0) - c0.get("list", 0))

print("thresholds", gc.get_threshold())
gc.set_threshold(5, 2, 2)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
st0 = gc.get_stats()
for i in range(3):
    l = []; l.append(l)
gc.collect()
st1 = gc.get_stats()
print([ (b["collections"] - a["collections"], b["collected"] - a["collected"]) for a, b in zip(st0, st1)])
gc.freeze()
print("frozen", gc.get_freeze_count() > 0)
print("collect after freeze", gc.collect())
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())
print("isenabled", gc.isenabled())
gc.enable()
print("isenabled", gc.isenabled())
