import gc
gc.collect()

class Plain:
    def __init__(self, n):
        self.n = n

class WithDel:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def describe(objs):
    names = sorted(type(o).__name__ for o in objs)
    counts = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return counts

gc.set_debug(gc.DEBUG_SAVEALL)
a = Plain(1); a.me = a
del a
print("plain:", gc.collect(), describe(gc.garbage))
gc.garbage.clear()

b = WithDel(2); b.me = b
del b
print("with __del__:", gc.collect(), describe(gc.garbage))
print("finalized:", [gc.is_finalized(o) for o in gc.garbage if isinstance(o, WithDel)])
gc.garbage.clear()

l = []; l.append(l)
d = {}; d["d"] = d
del l, d
print("list+dict:", gc.collect(), describe(gc.garbage))
for o in gc.garbage:
    if isinstance(o, list):
        print(" list len", len(o), o[0] is o)
gc.garbage.clear()

def f():
    pass
f.self = f
del f
print("function:", gc.collect(), describe(gc.garbage))
gc.garbage.clear()

gc.set_debug(0)
c = WithDel(3); c.me = c
del c
print("no saveall:", gc.collect(), len(gc.garbage))

gc.set_debug(gc.DEBUG_SAVEALL)
class Pair:
    pass
p = Pair(); q = Pair()
p.q = q; q.p = p
del p, q
n = gc.collect()
print("pair:", n, describe(gc.garbage))
# garbage holds references: the objects are alive
print("alive via garbage:", sum(1 for o in gc.garbage if isinstance(o, Pair)))
gc.set_debug(0)
gc.garbage.clear()
print("after clear:", gc.collect())
