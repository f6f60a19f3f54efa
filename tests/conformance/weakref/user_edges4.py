import gc
import sys
import weakref

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
    def meth(self): return self.n

o = Obj(1)
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("same ref object without callback", r1 is r2)
r3 = weakref.ref(o, lambda r: None)
print("callback makes new ref", r3 is r1, r3 == r1, hash(r3) == hash(r1))
print("getweakrefcount", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
print("__callback__", r1.__callback__, callable(r3.__callback__))
print("refcount of o", sys.getrefcount(o))
p = weakref.proxy(o)
p2 = weakref.proxy(o)
print("proxy reuse", p is p2, weakref.getweakrefcount(o))
print("proxy attribute", p.n, p.meth(), type(p).__name__)
print("proxy eq", p == o, isinstance(p, Obj))

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label
mr = MyRef(o, None, label="custom")
print("subclass", mr.label, mr() is o, isinstance(mr, weakref.ref), mr is r1)
print("getweakrefcount with subclass", weakref.getweakrefcount(o))

got = []
def cb(ref):
    got.append((ref is r4, ref(), type(ref).__name__))
r4 = weakref.ref(o, cb)
del o
gc.collect()
print("callback got", got)
print("dead refs", r1(), r2(), mr(), r1 == r2, r1 == r3)
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
print("bool of dead proxy:", end=" ")
try:
    bool(p)
except ReferenceError as e:
    print("ReferenceError", e)

print("weakrefable?")
def fn(): pass
def gen(): yield
class Slots:
    __slots__ = ("a",)
class SlotsW:
    __slots__ = ("a", "__weakref__")
import types
for label, v in [("int", 1), ("str", "s"), ("tuple", (1,)), ("list", []), ("dict", {}), ("set", set()),
                 ("frozenset", frozenset()), ("function", fn), ("generator", gen()), ("class", Obj),
                 ("type", int), ("bytes", b""), ("None", None), ("object()", object()), ("Slots", Slots()),
                 ("SlotsW", SlotsW()), ("module", sys), ("lambda", lambda: 0), ("bound method", Obj(2).meth),
                 ("range", range(2)), ("float", 1.5), ("Exception", ValueError())]:
    try:
        weakref.ref(v)
        print(" ", label, "yes")
    except TypeError as e:
        print(" ", label, "TypeError:", e)

print("bound method weakref dies at once")
ob = Obj(3)
died = []
wr = weakref.ref(ob.meth, lambda r: died.append("bm died"))
print(wr(), died)
wm = weakref.WeakMethod(ob.meth, lambda r: died.append("weakmethod died"))
print(wm()(), died)
del ob
print(wm(), died)

print("WeakValueDictionary iteration while values die")
wvd = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(6)]
for x in objs:
    wvd[x.n] = x
del x
for k in list(wvd.keys()):
    if k % 2:
        objs[k] = None
print(sorted(wvd.keys()), len(wvd))
print("valuerefs", len(wvd.valuerefs()), "itervaluerefs", sum(1 for _ in wvd.itervaluerefs()))
print("setdefault", wvd.setdefault(0, Obj(99)), wvd.get(1, "missing"))
print("pop", wvd.pop(2), sorted(wvd))
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
wkd = weakref.WeakKeyDictionary()
k = Obj("k")
wkd[k] = 1
print("keyrefs", len(wkd.keyrefs()), k in wkd, Obj("z") in wkd)
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError", e)
ws = weakref.WeakSet([k])
ws2 = weakref.WeakSet()
print("weakset ops", len(ws | ws2), ws == weakref.WeakSet([k]), k in ws, repr(ws)[:10])
del k
print("after del", len(wkd), len(ws))

print("finalize registry")
class Temp:
    pass
order = []
fins = []
for i in range(3):
    t = Temp()
    fins.append(weakref.finalize(t, order.append, i))
del t
print("alive", [f.alive for f in fins], order)
print("call returns", fins[0](), fins[0](), order)
print("atexit flags", [f.atexit for f in fins])
fins[1].atexit = False
print(repr(fins[1])[:20])
