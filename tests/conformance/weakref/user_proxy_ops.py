# A proxy forwards len, items, iteration, calls, operators, attributes (set and del); hash fails; dead proxy.
import weakref
class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __iter__(self): return iter(self.xs)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.xs, o.xs)))
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __repr__(self): return f"Vec{tuple(self.xs)}"
    def __call__(self, k): return k * 2
    def __contains__(self, x): return x in self.xs
    def __bool__(self): return bool(self.xs)
    def norm(self): return sum(x * x for x in self.xs)
v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(len(p), p[1], list(p), 2 in p, bool(p), p(21), p.norm())
p[0] = 10
print(v, str(p), p == v)
print(p + Vec(1, 1, 1))
p.extra = "set through proxy"
print(v.extra)
del p.extra
print(hasattr(v, "extra"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(v))
cp = weakref.proxy(v, lambda r: print("proxy callback"))
print(type(cp).__name__)
del v
try:
    p.norm()
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
