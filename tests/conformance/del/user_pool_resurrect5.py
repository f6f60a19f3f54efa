# An object pool fed by __del__ resurrection, PEP 442's once-only finalizers, is_finalized and
# weakrefs to a resurrected object.
import gc, sys, weakref

class Pool:
    def __init__(self):
        self.free = []
        self.created = 0
pool = Pool()

class Conn:
    def __init__(self, n):
        self.n = n
        self.uses = 0
    def __del__(self):
        # resurrect into the pool instead of dying
        if len(pool.free) < 2:
            pool.free.append(self)
            print(f"  Conn {self.n} returned to pool")
        else:
            print(f"  Conn {self.n} really dies")

def acquire():
    if pool.free:
        c = pool.free.pop()
        c.uses += 1
        return c
    pool.created += 1
    return Conn(pool.created)

for i in range(4):
    c = acquire()
    print("using", c.n, "uses", c.uses, "refcount", sys.getrefcount(c))
    del c
print("created:", pool.created, "free:", [c.n for c in pool.free])

# resurrected objects: __del__ is not called again when they die for good (PEP 442)
conns = [acquire() for _ in range(3)]
print("acquired:", [c.n for c in conns])
pool.free.clear()
del conns
print("free after drop:", [c.n for c in pool.free])
pool.free.clear()
print("cleared pool (no second __del__ for resurrected ones)")

# resurrection from a cycle
class Phoenix:
    saved = None
    def __init__(self):
        self.me = self
    def __del__(self):
        print("  Phoenix.__del__, finalized:", gc.is_finalized(self))
        Phoenix.saved = self
p = Phoenix()
print("is_finalized before:", gc.is_finalized(p))
del p
print("collect 1:", gc.collect())
print("saved is finalized:", gc.is_finalized(Phoenix.saved))
Phoenix.saved = None
print("collect 2:", gc.collect())

# weakrefs to a resurrected object are cleared before __del__ (refcount path)
class W:
    keep = []
    def __del__(self):
        W.keep.append(self)
w = W()
r = weakref.ref(w, lambda ref: print("  weakref callback"))
del w
print("weakref after resurrection alive:", r() is not None, len(W.keep))
W.keep.clear()
print("end")
