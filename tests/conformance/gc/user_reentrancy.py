# Re-entrancy: gc.collect() inside __del__ and inside a gc callback, weakref callbacks keeping their ref, resurrection.
import gc, weakref
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        log.append(("del", self.n, gc.collect()))
a = D(1); a.s = a
del a
print(gc.collect(), log)
log.clear()
def cb(phase, info):
    if phase == "stop":
        log.append(("cb", info["generation"], info["collected"], gc.collect()))
gc.callbacks.append(cb)
b = D(2); b.s = b
del b
print(gc.collect(), log)
gc.callbacks.remove(cb)
log.clear()
keep = []
class W: pass
w = W(); w.s = w
r = weakref.ref(w, lambda ref: keep.append(ref))
del w
print(gc.collect(), len(keep), keep[0]() is None)
class R:
    def __del__(self):
        global saved
        saved = self
r = R(); r.s = r
del r
print(gc.collect(), type(saved).__name__, gc.is_finalized(saved))
del saved
print(gc.collect())
