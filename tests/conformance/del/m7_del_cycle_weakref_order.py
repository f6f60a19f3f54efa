import gc
import weakref
gc.collect()

order = []

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(f"del {self.name}")

def cb(name):
    return lambda r: order.append(f"weakref cb {name}")

print("1: three-object cycle, weakrefs with callbacks to each")
a, b, c = Obj("a"), Obj("b"), Obj("c")
a.n, b.n, c.n = b, c, a
refs = [weakref.ref(x, cb(x.name)) for x in (a, b, c)]
del a, b, c
print("collected", gc.collect())
print(order); order.clear()
print("refs dead", [r() is None for r in refs])

print("2: finalize objects in cycle")
a, b = Obj("fa"), Obj("fb")
a.n, b.n = b, a
weakref.finalize(a, order.append, "finalize fa")
weakref.finalize(b, order.append, "finalize fb")
del a, b
print("collected", gc.collect())
print(order); order.clear()

print("3: weakref held inside the cycle (callback not called)")
a = Obj("inner")
a.selfref = weakref.ref(a, cb("inner"))
a.loop = a
del a
print("collected", gc.collect())
print(order); order.clear()

print("4: cycle reachable only from a __del__ object")
class Keeper:
    def __del__(self):
        order.append("Keeper del sees " + self.partner.name)
k = Keeper()
p = Obj("partner")
k.partner = p
p.back = k
del k, p
print("collected", gc.collect())
print(order); order.clear()

print("5: WeakValueDictionary entries during collection")
wvd = weakref.WeakValueDictionary()
x, y = Obj("x"), Obj("y")
x.y, y.x = y, x
wvd["x"] = x
wvd["y"] = y
del x, y
print("before", sorted(wvd.keys()))
print("collected", gc.collect())
print("after", sorted(wvd.keys()))
print(order); order.clear()

print("6: WeakSet of cycle members")
ws = weakref.WeakSet()
objs = [Obj(f"s{i}") for i in range(3)]
for i, o in enumerate(objs):
    o.next = objs[(i + 1) % 3]
    ws.add(o)
del objs, o
print(len(ws), "collected", gc.collect(), len(ws))
print(sorted(order)); order.clear()
