# DEBUG_SAVEALL and gc.garbage as a leak hunter uses them.
import gc
# uncollectable: objects reachable from a generator-based cycle? In 3.4+ __del__ cycles are collectable.
class WithDel:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = WithDel("a"); b = WithDel("b")
a.b = b; b.a = a
del a, b
print("collect:", gc.collect())
print("garbage:", gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
class P: pass
p = P(); p.me = p
q = [1, 2]; q.append(q)
del p, q
n = gc.collect()
print("saveall collect:", n)
print(sorted(type(o).__name__ for o in gc.garbage))
print(len(gc.garbage))
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, list):
        o.clear()
    elif isinstance(o, P):
        o.__dict__.clear()
gc.garbage.clear()
print(gc.collect())
print(gc.get_debug())
gc.garbage.append("user item")
print(gc.garbage)
gc.collect()
print(gc.garbage)
del gc.garbage[:]
print(gc.is_finalized(WithDel("tmp")))
x = WithDel("x"); x.s = x
del x
gc.collect()
