class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(type(s.upper()).__name__, type(s + "x").__name__, type(s[0]).__name__, type(s * 2).__name__, s.shout(), type(str(s)).__name__, s == "hi", hash(s) == hash("hi"), repr(s), f"{s!r}")
class I(int):
    def __repr__(self): return f"I({int(self)})"
i = I(5)
print(i, repr(i), type(i + 1).__name__, type(-i).__name__, type(abs(i)).__name__, i * 2, I(7) // 2, isinstance(i, int), {i: 1}[5], sorted([I(3), 1, I(2)]), str(i), f"{i:03d}")
class L(list):
    def __getitem__(self, idx):
        r = super().__getitem__(idx)
        return L(r) if isinstance(idx, slice) else r
l = L([1, 2, 3])
print(type(l[1:]).__name__, type(l + [4]).__name__, type(l * 2).__name__, l[0], type(l.copy()).__name__, type(list(l)).__name__, l == [1, 2, 3], repr(l))
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
d = D(a="x")
d["b"] = "y"
d.update(c="z")
d.setdefault("e", "w")
print(d, type(d.copy()).__name__, type(d | {}).__name__, dict(d))
class F(float):
    pass
f = F(1.5)
print(type(f + 1).__name__, type(round(f)).__name__, f.is_integer(), f == 1.5, F("2.5"), repr(F(0.1)))
class T(tuple):
    def __new__(cls, *args): return super().__new__(cls, args)
    def __repr__(self): return "T" + super().__repr__()
t = T(1, 2)
print(t, len(t), type(t[:1]).__name__, t + (3,), type(t + (3,)).__name__, t.count(1))
class Counter2(dict):
    def __missing__(self, k): return 0
c = Counter2(); c["x"] += 1; print(c, c["y"], c.get("y"), "y" in c)
class B(bytes):
    pass
print(type(B(b"ab")[0:1]).__name__, B(b"ab").upper(), type(B(b"a").upper()).__name__)
class MySet(set):
    pass
ms = MySet([1, 2])
print(type(ms | {3}).__name__, type(ms.copy()).__name__, type(ms - {1}).__name__, ms)
