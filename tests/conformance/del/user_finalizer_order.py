# Finalization order: weakref callbacks before finalizers in a cycle, chains and containers freed by refcount.
import gc, weakref
log = []
class N:
    def __init__(self, name): self.name = name
    def __del__(self): log.append(("del", self.name))
def cb(name):
    return lambda r: log.append(("cb", name))
# A cycle with a weakref callback and finalizers: CPython clears weakrefs, runs callbacks,
# then finalizers, then breaks the cycle.
a = N("a"); b = N("b"); a.b = b; b.a = a
ra = weakref.ref(a, cb("a")); rb = weakref.ref(b, cb("b"))
fa = weakref.finalize(a, log.append, ("finalize", "a"))
del a, b
print(gc.collect())
print(log)
log.clear()
# chain: x -> y -> z, freed by refcount
x = N("x"); x.next = N("y"); x.next.next = N("z")
rz = weakref.ref(x.next.next, cb("z"))
del x
print(log)
log.clear()
# list holding objects: freed in order
items = [N(str(i)) for i in range(4)]
del items
print(log)
log.clear()
d = {k: N(k) for k in "pqr"}
d.clear()
print(log)
log.clear()
t = tuple(N(k) for k in "uvw")
del t
print(log)
