# Weak references: they do not keep an object alive; a callback or weakref.finalize runs
# when it dies; WeakSet and WeakKeyDictionary forget dead members by themselves.
import gc
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Listener({self.name})"


def gone(ref):
    print("  callback: a listener died; the ref now gives", ref())


a = Listener("a")
r = weakref.ref(a, gone)
print("alive:", r(), "- weak refs to a:", weakref.getweakrefcount(a))
del a
print("dead:", r())

listeners = weakref.WeakSet()
keep = [Listener(n) for n in "xyz"]
listeners.update(keep)  # (a `for x in keep` loop would leave x referring to the last one)
print("listeners:", sorted(x.name for x in listeners))
keep.pop()
print("after dropping z:", sorted(x.name for x in listeners))

meta = weakref.WeakKeyDictionary()
key = Listener("k")
meta[key] = "metadata"
print("metadata entries:", len(meta))
del key
print("after the key died:", len(meta))

obj = Listener("f")
f = weakref.finalize(obj, print, "  finalize: cleaning up for", obj.name)
print("finalizer alive:", f.alive)
del obj
print("finalizer alive after del:", f.alive)

print("a cycle with a weakref to it:")
c = Listener("cycle")
c.me = c
wr = weakref.ref(c, lambda ref: print("  callback from the collector"))
del c
print("  still alive before collect:", wr() is not None)
gc.collect()
print("  after collect:", wr())

p = weakref.proxy(Listener("p"))
try:
    p.name
except ReferenceError as e:
    print("proxy:", e)
