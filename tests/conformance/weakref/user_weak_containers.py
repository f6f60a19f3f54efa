# WeakValueDictionary, WeakKeyDictionary and WeakSet shrinking as objects die.
import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
wvd = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()))
del objs[1:3]
print(len(wvd), sorted(wvd.keys()))
print(wvd.get(0), wvd.get(1), 3 in wvd, 1 in wvd)
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
objs.clear()
print(len(wvd), list(wvd.items()))
wkd = weakref.WeakKeyDictionary()
ks = [Obj(i) for i in range(3)]
for k in ks:
    wkd[k] = k.n * 10
print(len(wkd), sorted(wkd.values()))
ks.pop()
print(len(wkd))
try:
    wkd[5] = 1
except TypeError as e:
    print("TypeError:", e)
ws = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
ws.update(items)
print(len(ws))
items = items[:1]
print(len(ws), items[0] in ws)
a = Obj(9); a.cyc = a
ws.add(a); wvd["a"] = a
del a
print(len(ws), len(wvd))
gc.collect()
print(len(ws), len(wvd))
print(type(wvd).__name__, type(wkd).__name__, type(ws).__name__)
