# __del__ in cycles, resurrection (once), DEBUG_SAVEALL, children seeing their parent,
# finalizers in a cycle, a suspended generator's finally, slotted cycles, with a gc
# callback counting what each collection found.
import gc, sys, weakref

events = []
def cb(phase, info):
    if phase == "stop" and (info["collected"] or info["uncollectable"]):
        events.append((info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)

class Node:
    registry = []
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print(f"__del__ {self.name} (peer={self.peer.name if self.peer else None})")

def pair(a, b):
    x, y = Node(a), Node(b)
    x.peer, y.peer = y, x

pair("a1", "b1")
print("collect ->", gc.collect())

class Zombie:
    graveyard = []
    def __init__(self, name):
        self.name = name
        self.self_ref = self
    def __del__(self):
        print("Zombie __del__", self.name, "refcount", sys.getrefcount(self))
        Zombie.graveyard.append(self)

Zombie("z1")
print("collect with resurrection ->", gc.collect())
print("graveyard:", [z.name for z in Zombie.graveyard])
z = Zombie.graveyard.pop()
del z
print("second collect ->", gc.collect(), "(no second __del__)")

gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]; l.append(l)
d = {}; d["d"] = d
del l, d
print("saveall collect ->", gc.collect())
print("garbage types:", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clear ->", gc.collect())

class Parent:
    def __init__(self):
        self.children = [Child(self, i) for i in range(3)]
class Child:
    def __init__(self, parent, i):
        self.parent = parent
        self.i = i
    def __del__(self):
        print("Child", self.i, "sees parent alive:", self.parent is not None)

p = Parent()
wr = weakref.ref(p, lambda r: print("weakref callback: parent gone"))
del p
print("collect family ->", gc.collect())

class Res:
    def __init__(self, n):
        self.n = n
        self.fin = weakref.finalize(self, print, f"finalize Res{n}")
r1 = Res(1); r2 = Res(2); r1.other = r2; r2.other = r1
del r1, r2
print("collect finalizers ->", gc.collect())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen(); next(g)
g.cycle = None if False else [g]
lst = [g]; lst.append(lst)
del g, lst
print("collect generator cycle ->", gc.collect())

class WithSlotsDel:
    __slots__ = ("other", "name", "__weakref__")
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("slots del", self.name)
s1, s2 = WithSlotsDel("s1"), WithSlotsDel("s2")
s1.other, s2.other = s2, s1
del s1, s2
print("collect slots ->", gc.collect())
print("events:", events)
gc.callbacks.remove(cb)
print("end")
