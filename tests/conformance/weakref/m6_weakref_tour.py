import weakref, gc, sys

class Data:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Data({self.name!r})"
    def method(self):
        return self.name

d = Data("a")
r = weakref.ref(d, lambda ref: print("callback for", ref() is None))
print(r() is d, weakref.getweakrefcount(d))
p = weakref.proxy(d)
print(p.name, p.method(), weakref.getweakrefcount(d))
print(len(weakref.getweakrefs(d)))
del d
print("r()", r())
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("str:", e)
try:
    p.method()
except ReferenceError as e:
    print("call:", e)

for v in [1, "s", (1,), [1], {}, None, 1.5, b"x", set(), frozenset(), int, len, object()]:
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(type(v).__name__, e)
class NoWeak:
    __slots__ = ("a",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(e)
class WithWeak:
    __slots__ = ("a", "__weakref__")
w = WithWeak()
print(weakref.ref(w)() is w)
class SubList(list): pass
class SubDict(dict): pass
print(weakref.ref(SubList())() is None, weakref.ref(SubDict())() is None)

order = []
o = Data("o")
r1 = weakref.ref(o, lambda r: order.append(1))
r2 = weakref.ref(o, lambda r: order.append(2))
r3 = weakref.ref(o)
r4 = weakref.ref(o)
print("plain refs shared", r3 is r4)
del o
print("callback order", order)

cache = weakref.WeakValueDictionary()
def get(name):
    obj = cache.get(name)
    if obj is None:
        obj = Data(name)
        cache[name] = obj
        print("created", name)
    return obj
x1 = get("x"); x2 = get("x")
print(x1 is x2, len(cache))
del x1, x2
print("after del", len(cache), list(cache.keys()))

meta = weakref.WeakKeyDictionary()
k1 = Data("k1"); k2 = Data("k2")
meta[k1] = "first"; meta[k2] = "second"
print(sorted(meta.values()))
del k1
print(sorted(meta.values()))

ws = weakref.WeakSet()
items = [Data(i) for i in range(5)]
for it in items: ws.add(it)
print(len(ws))
del items[:3]
print(len(ws))
items.clear()
print(len(ws))

class Btn:
    def click(self):
        return "clicked"
b = Btn()
wm = weakref.WeakMethod(b.click)
print(wm()())
print(weakref.ref(b.click)() is None)
del b
print(wm())

class Res:
    pass
res = Res()
fin = weakref.finalize(res, print, "finalize ran")
print(fin.alive)
del res
print(fin.alive)
f2 = weakref.finalize(Res(), print, "never printed?")
print("done")
