# A teaching table of gc.get_count() and automatic collections as objects of each kind are made.
"""A teaching script: how CPython decides when to collect, printed as a table."""
import gc

class Obj:
    pass

def table_header():
    print(f"{'step':<30}{'count':>16}{'collections':>14}")

collections_seen = [0, 0, 0]
def on_gc(phase, info):
    if phase == "start":
        collections_seen[info["generation"]] += 1
gc.callbacks.append(on_gc)

gc.collect()
start_stats = [s["collections"] for s in gc.get_stats()]
table_header()
def step(label):
    print(f"{label:<30}{str(gc.get_count()):>16}{str(collections_seen):>14}")

step("after collect()")
a = [Obj() for _ in range(100)]
step("100 instances")
b = [[] for _ in range(100)]
step("+100 lists")
c = [{} for _ in range(100)]
step("+100 empty dicts")
d = [(i, i) for i in range(100)]
step("+100 tuples")
e = [str(i) for i in range(100)]
step("+100 strs (untracked)")
del a
step("del 100 instances")
del b, c
step("del lists and dicts")
junk = []
for i in range(1000):
    x = Obj()
    x.self = x
    junk.append(i)
step("1000 self-cycles dropped")
for i in range(3000):
    pair = [[], []]
    pair[0].append(pair[1]); pair[1].append(pair[0])
step("3000 list pairs")
gc.collect(1)
step("collect(1)")
gc.collect()
step("collect()")
end_stats = [s["collections"] for s in gc.get_stats()]
print("get_stats collections delta:", [e - s for s, e in zip(start_stats, end_stats)])
gc.callbacks.remove(on_gc)
print("callback counts:", collections_seen)
