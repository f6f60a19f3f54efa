import gc
from collections import Counter

def typestats():
    return Counter(type(o).__name__ for o in gc.get_objects())

def show_growth(prev, label):
    now = typestats()
    diff = {k: now[k] - prev.get(k, 0) for k in now | prev if now[k] != prev.get(k, 0)}
    print(label)
    for k in sorted(diff, key=lambda k: (-diff[k], k)):
        print(f"  {k:<28}{diff[k]:+d}")
    return now

class Order: pass
base = typestats()
gc.collect()
gc.collect()
base = typestats()

class Order:
    def __init__(self, oid, items):
        self.oid = oid
        self.items = items
        self.history = []

    def add_event(self, ev):
        self.history.append(ev)

orders = [Order(i, [("sku", i)]) for i in range(20)]
base = show_growth(base, "after 20 orders")

for o in orders[:5]:
    o.add_event({"type": "created", "order": o})
base = show_growth(base, "after events with back-references")

def make_handler(order):
    def handler(ev):
        order.add_event(ev)
    return handler
handlers = [make_handler(o) for o in orders[:3]]
base = show_growth(base, "after closures")

gens = [(x for x in o.items) for o in orders[:4]]
base = show_growth(base, "after generators")

del orders, handlers, gens
print("collect:", gc.collect())
base = show_growth(base, "after deleting everything")

class Matrix:
    def __init__(self, n):
        self.rows = [[0] * n for _ in range(n)]
m = Matrix(4)
base = show_growth(base, "after a 4x4 matrix")
t = tuple(range(5))
t2 = tuple([1, [2]])
fz = frozenset({1, 2})
s = {1, 2}
base = show_growth(base, "after tuple/frozenset/set")
gc.collect()
base = show_growth(base, "after collect (tuples untracked?)")
print("tracked:", gc.is_tracked(t), gc.is_tracked(t2), gc.is_tracked(fz), gc.is_tracked(s))

def by_gen():
    return [len(gc.get_objects(generation=g)) for g in range(3)]
gc.collect()
g0 = by_gen()
junk = [[i] for i in range(10)]
g1 = by_gen()
print("gen0 grew by:", g1[0] - g0[0], "gen1/gen2 same:", g1[1] == g0[1], g1[2] - g0[2])
gc.collect(0)
g2 = by_gen()
print("after collect(0): gen0", g2[0], "gen1 grew by", g2[1] - g1[1])
gc.collect(1)
g3 = by_gen()
print("after collect(1): gen1", g3[1], "gen2 grew by", g3[2] - g2[2])
print("counts:", gc.get_count())
