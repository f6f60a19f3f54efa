import copy
import sys

rc = sys.getrefcount

class Item:
    def __init__(self, v):
        self.v = v

x = Item(1)
print("fresh", rc(x))
nested = [[x, x], {"k": x}, (x,), {x}]
print("in nested", rc(x))
shallow = copy.copy(nested)
print("after copy.copy", rc(x), rc(nested[0]))
deep = copy.deepcopy(nested)
print("after deepcopy", rc(x), rc(deep[0][0]), deep[0][0] is deep[0][1])
memo = {}
d2 = copy.deepcopy(nested, memo)
print("memo keys", len(memo), rc(x))
del memo
print("memo gone", rc(x))
sl = nested[:]
print("slice copy", rc(nested[1]))
lc = list(nested)
print("list()", rc(nested[1]))
t = tuple(nested)
print("tuple()", rc(nested[1]))
t2 = tuple(t)
print("tuple(tuple) is same", t2 is t, rc(t))
fs = frozenset([1, 2])
print("copy frozenset same", copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
print("copy tuple same", copy.copy(t) is t)
tt = (1, 2, "a")
print("deepcopy atomic tuple same", copy.deepcopy(tt) is tt)
tl = (1, [2])
print("deepcopy tuple with list same", copy.deepcopy(tl) is tl)
s = "hello world"
print("str rc stable", rc(s) == rc(copy.copy(s)) - 0 or True)
d = {"a": x, "b": [x]}
dc = d.copy()
print("dict.copy", rc(x), rc(d["b"]))
dd = dict(d)
print("dict(d)", rc(d["b"]))
dk = dict.fromkeys(["p", "q", "r"], x)
print("fromkeys", rc(x))
del nested, shallow, deep, d2, sl, lc, t, t2, d, dc, dd, dk
print("all gone", rc(x))
class WithCopy:
    def __init__(self):
        self.items = [Item(i) for i in range(3)]
w = WithCopy()
w2 = copy.copy(w)
print("shared list", w.items is w2.items, rc(w.items))
w3 = copy.deepcopy(w)
print("deep list", w.items is w3.items, rc(w.items), rc(w3.items))
print(rc(w.items[0]), rc(w3.items[0]))
