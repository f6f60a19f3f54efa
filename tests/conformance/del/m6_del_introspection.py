import gc, sys, weakref
gc.collect()
refs = {}
class Probe:
    def __init__(self, name):
        self.name = name
        refs[name] = weakref.ref(self)
    def __del__(self):
        r = refs[self.name]
        print(self.name, "weakref alive in __del__:", r() is not None, "refcount:", sys.getrefcount(self), "finalized:", gc.is_finalized(self))
p = Probe("plain")
del p
c = Probe("cycle"); c.me = c
del c
gc.collect()
class Resurrect:
    keep = []
    def __init__(self, name): self.name = name
    def __del__(self):
        print("resurrecting", self.name, gc.is_finalized(self))
        Resurrect.keep.append(self)
r = Resurrect("r1")
del r
print("kept", [x.name for x in Resurrect.keep], gc.is_finalized(Resurrect.keep[0]))
Resurrect.keep.clear()
print("cleared, no second __del__")
r2 = Resurrect("r2"); r2.cyc = r2
del r2
print("collect", gc.collect())
print("kept", [x.name for x in Resurrect.keep])
k = Resurrect.keep.pop()
del k.cyc
del k
print("popped and dropped")
print("collect", gc.collect())
class Chain:
    def __init__(self, n, nxt=None):
        self.n = n; self.nxt = nxt
    def __del__(self):
        print("chain del", self.n)
head = None
for i in range(5):
    head = Chain(i, head)
del head
print("chain gone")
class Deep:
    count = 0
    def __init__(self, child=None): self.child = child
    def __del__(self): Deep.count += 1
d = None
for i in range(10000):
    d = Deep(d)
del d
print("deep dels", Deep.count)
lst = [Probe(f"item{i}") for i in range(3)]
print("replacing list items")
lst[1] = None
lst[:] = [1, 2]
print("done")
