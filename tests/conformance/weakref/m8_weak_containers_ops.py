import weakref, gc
gc.collect()
class Item:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Item(%d)" % self.n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, Item) and o.n == self.n
items = [Item(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((i.n, i) for i in items)
wkd = weakref.WeakKeyDictionary((i, str(i.n)) for i in items)
ws = weakref.WeakSet(items)
print(len(wvd), len(wkd), len(ws))
del items[::2]
print(len(wvd), len(wkd), len(ws))
print(sorted(wvd.keys()), sorted(i.n for i in wkd.keys()), sorted(i.n for i in ws))
print(wvd.get(0), wvd.get(1), 1 in wvd, 0 in wvd, Item(1) in wkd, Item(0) in ws)
print(repr(wvd).split(" at ")[0], repr(ws).split(" at ")[0], repr(ws).startswith("{<weakref at 0x") or repr(ws)[:30])
vr = list(wvd.valuerefs())
print(len(vr), [type(r).__name__ for r in vr][:1])
kr = list(wkd.keyrefs())
print(len(kr))
print(wvd.pop(1), len(wvd), wvd.setdefault(9, items[0]), len(wvd))
try:
    wvd.pop(100)
except KeyError as e:
    print("KeyError", e)
print(wvd.popitem()[0] in (3, 5, 9), len(wvd))
c = wvd.copy()
print(type(c).__name__, len(c))
items.clear()
print(len(wvd), len(wkd), len(ws), len(c))
a = Item(1); b = Item(2)
s1 = weakref.WeakSet([a, b]); s2 = weakref.WeakSet([b])
print(sorted(x.n for x in s1 - s2), s2 <= s1, s1 == weakref.WeakSet([a, b]), sorted(x.n for x in s1 | s2))
del b
print(len(s1), len(s2))
try:
    weakref.WeakSet([1])
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakKeyDictionary({"s": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakValueDictionary({1: []})
except TypeError as e:
    print("TypeError:", e)
d = weakref.WeakValueDictionary()
x = Item(7)
d["x"] = x
for k, v in d.items():
    del x
    print("during iteration", k, v)
print(len(d))
del v
print(len(d))
