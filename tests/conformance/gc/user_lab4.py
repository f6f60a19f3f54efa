import gc
import sys

log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __repr__(self):
        return f"Node({self.name})"

gc.collect()
gc.callbacks.append(cb)
old = gc.get_threshold()
gc.set_threshold(50, 5, 5)
print("threshold", gc.get_threshold())
stats0 = gc.get_stats()
for i in range(400):
    a = Node(i)
    b = Node(-i)
    a.other = b
    b.other = a
    del a, b
gc.set_threshold(*old)
gc.callbacks.remove(cb)
print("callbacks", len(log))
gens = {}
for phase, gen, col, unc in log:
    if phase == "stop":
        gens[gen] = gens.get(gen, 0) + 1
print("stops per generation", sorted(gens.items()))
print("total collected by auto", sum(c for p, g, c, u in log if p == "stop"))
print("first five", log[:5])
stats1 = gc.get_stats()
for g in range(3):
    print(g, {k: stats1[g][k] - stats0[g][k] for k in stats1[g]})

print()
print("collect(n) returns")
for gen in (0, 1, 2):
    for i in range(7):
        n = Node(i)
        n.other = n
    del n
    print(gen, gc.collect(gen))

print()
print("DEBUG_SAVEALL")
gc.set_debug(gc.DEBUG_SAVEALL)
x = Node("x"); y = Node("y"); x.other = y; y.other = x
lst = [1, 2]; lst.append(lst)
del x, y, lst
print("found", gc.collect())
print("garbage", sorted(repr(o) if not isinstance(o, list) else "list" for o in gc.garbage if not isinstance(o, dict)))
print("types", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("cleared", gc.collect())

print()
print("get_objects per generation")
gc.collect()
def count_nodes(gen=None):
    objs = gc.get_objects() if gen is None else gc.get_objects(generation=gen)
    return sum(1 for o in objs if type(o) is Node)
keep = [Node(i) for i in range(5)]
print("young", count_nodes(0), count_nodes(1), count_nodes(2), count_nodes())
gc.collect(0)
print("after gen0", count_nodes(0), count_nodes(1), count_nodes(2))
gc.collect(1)
print("after gen1", count_nodes(0), count_nodes(1), count_nodes(2))
gc.collect()
print("after full", count_nodes(0), count_nodes(1), count_nodes(2))
try:
    gc.get_objects(generation=3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(generation=-1)
except ValueError as e:
    print("ValueError", e)

print()
print("freeze")
gc.collect()
print("freeze count before", gc.get_freeze_count() > 0)
gc.freeze()
frozen = gc.get_freeze_count()
print("frozen > 0", frozen > 0)
print("count after freeze", gc.get_count())
print("nodes in gen2 after freeze", count_nodes(2))
z = Node("z"); z.other = z
del z
print("collect with frozen", gc.collect())
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())
print("nodes gen2", count_nodes(2))
print("collect", gc.collect())

print()
print("referrers / referents")
GLOBAL_THING = Node("global")
refs = gc.get_referrers(GLOBAL_THING)
print("global referrer is module dict", any(r is globals() for r in refs))
holder = [GLOBAL_THING]
refs = gc.get_referrers(GLOBAL_THING)
print("referrers kinds", sorted(type(r).__name__ for r in refs))
def mk():
    v = Node("cellv")
    def f():
        return v
    return f, v
f, v = mk()
cell = f.__closure__[0]
print("cell in referrers of v", any(r is cell for r in gc.get_referrers(v)))
print("referents of function", sorted(type(r).__name__ for r in gc.get_referents(f)))
print("referents of cell", gc.get_referents(cell))
class S:
    __slots__ = ("p", "q")
s = S(); s.p = GLOBAL_THING; s.q = [1]
print("referents of slotted", [type(r).__name__ for r in gc.get_referents(s)])
print("referents of class S", sorted(type(r).__name__ for r in gc.get_referents(S)))
bm = GLOBAL_THING.__repr__
print("referents of bound method", [type(r).__name__ for r in gc.get_referents(bm)])
inst = Node("inst")
print("referents of instance", [type(r).__name__ for r in gc.get_referents(inst)])
inst.__dict__
print("referents of instance after __dict__", [type(r).__name__ for r in gc.get_referents(inst)])
print("referents of tuple", gc.get_referents((1, "a", None)))
print("referents of dict", gc.get_referents({"k": "v"}))
frame = sys._getframe()
print("frame referents has globals", any(r is globals() for r in gc.get_referents(frame)))
print("referents of int", gc.get_referents(5))
