import gc
import weakref
gc.collect()

saved = []

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
    def __del__(self):
        print("__del__", self.name)

def cb_factory(label):
    def cb(ref):
        print("callback", label, "ref dead:", ref() is None)
    return cb

print("-- refcount zero: callback then or after __del__?")
o = Obj("solo")
r = weakref.ref(o, cb_factory("solo"))
del o
print("r() after:", r())

print("-- in a cycle: weakref callbacks cleared before finalizers")
a = Obj("a"); b = Obj("b")
a.peer = b; b.peer = a
ra = weakref.ref(a, cb_factory("a"))
rb = weakref.ref(b, cb_factory("b"))
del a, b
print("collected", gc.collect())
print(ra(), rb())

print("-- __del__ resurrects; weakref already cleared")
class Phoenix:
    def __del__(self):
        print("Phoenix.__del__ resurrects")
        saved.append(self)
p = Phoenix()
rp = weakref.ref(p, cb_factory("phoenix"))
del p
print("weakref after resurrection:", rp() is None, "saved:", len(saved))
print("new weakref works:", weakref.ref(saved[0])() is saved[0])
saved.clear()
print("collect", gc.collect())

print("-- callback resurrects the object's partner")
class Node:
    pass
keep = []
n1 = Node(); n2 = Node()
n1.other = n2; n2.other = n1
n2.tag = "n2"
def cb(ref, keep=keep, partner=weakref.ref(n2)):
    print("cb: partner alive:", partner() is not None)
r1 = weakref.ref(n1, cb)
del n1, n2
print("collected", gc.collect())

print("-- weakref in the cycle itself")
class W:
    pass
w = W()
w.selfref = weakref.ref(w, lambda r: print("self callback (never runs?)"))
del w
print("collected", gc.collect())

print("-- finalize vs __del__ on refcount zero")
x = Obj("fin")
weakref.finalize(x, print, "finalize for fin")
del x
print("-- finalize in cycle")
y = Obj("cyc"); y.me = y
weakref.finalize(y, print, "finalize for cyc")
del y
print("collected", gc.collect())
print("end")
