# WeakValueDictionary/WeakKeyDictionary/WeakSet operations (setdefault, pop, |, iteration while
# keys die), proxies and ref reuse, weakrefability errors.
import weakref, gc, sys

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Obj({self.n})"

wvd = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    wvd[o.n] = o
print("setdefault existing:", wvd.setdefault(1, Obj(99)))
tmp = Obj(42)
print("setdefault new:", wvd.setdefault(42, tmp))
del tmp
print("42 gone:", 42 in wvd, len(wvd))
print("pop:", wvd.pop(0), "get missing:", wvd.get(0, "dflt"))
try:
    wvd.pop(0)
except KeyError as e:
    print("KeyError:", e)
print("popitem:", wvd.popitem()[0] in (1, 2, 3, 4))
print("valuerefs:", len(wvd.valuerefs()), type(wvd.valuerefs()[0]).__name__)
print("itervaluerefs alive:", sorted(r().n for r in wvd.itervaluerefs()))

# deleting during iteration
for k in list(wvd.keys()):
    objs[k] = None
gc.collect()
print("after dropping all strong refs:", len(wvd), list(wvd.items()))

wkd = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(4)]
for k in keys:
    wkd[k] = str(k)
it = iter(wkd.items())
first = next(it)
del keys[2]
print("during iteration len:", len(wkd))
rest = list(it)
del it, first, rest
print("after iteration len:", len(wkd))
print("keyrefs:", len(wkd.keyrefs()))
print("contains dead-able key:", keys[0] in wkd, Obj(0) in wkd)
wkd2 = weakref.WeakKeyDictionary({keys[0]: "a"})
print("or:", len(wkd | wkd2), type(wkd | wkd2).__name__)
print("copy equal:", dict(wkd.copy()) == dict(wkd))

ws = weakref.WeakSet(keys)
ws2 = weakref.WeakSet(keys[:1])
print("subset:", ws2 <= ws, ws2 < ws, ws >= ws2)
print("union len:", len(ws | ws2), "inter len:", len(ws & ws2), "diff len:", len(ws - ws2))
k0 = keys.pop(0)
print("len after pop (k0 alive):", len(ws))
del k0
print("len after del:", len(ws))
print("repr type:", type(ws).__name__)

# proxies
o = Obj(7)
p = weakref.proxy(o)
print("proxy attr:", p.n, "type:", type(p).__name__, "isinstance Obj:", isinstance(p, Obj))
print("getweakrefcount:", weakref.getweakrefcount(o), [type(r).__name__ for r in weakref.getweakrefs(o)])
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("same ref object reused:", r1 is r2, weakref.getweakrefcount(o))
r3 = weakref.ref(o, lambda r: None)
print("with callback is new:", r3 is r1, weakref.getweakrefcount(o))
print("refs equal:", r1 == r3, hash(r1) == hash(o) if hasattr(o, "__hash__") else None)
del o
print("dead ref:", r1(), "dead proxy repr ok:", repr(p).startswith("<weakproxy at"))
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hash(r1)
    print("hash of dead ref works (was hashed)")
except TypeError as e:
    print("TypeError:", e)
r4 = weakref.ref(Obj(8))
try:
    hash(r4)
except TypeError as e:
    print("TypeError:", e)

class Slotted:
    __slots__ = ("a",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
for v in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(v)
        print(type(v).__name__, "weakrefable")
    except TypeError as e:
        print(e)
