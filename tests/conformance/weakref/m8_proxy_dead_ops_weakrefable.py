import weakref, gc, operator
gc.collect()
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __getitem__(self, i): return self.c[i]
    def __repr__(self): return "Vec%r" % (tuple(self.c),)
    def __bool__(self): return bool(self.c)
    def __call__(self, x): return x * 2
    def __contains__(self, x): return x in self.c
    def __lt__(self, o): return self.c < o.c
v = Vec(1, 2)
p = weakref.proxy(v)
print(p + v, len(p), list(p), p[1], bool(p), p(4), 2 in p, p < Vec(3))
print(type(p).__name__, repr(p)[:30] == repr(p)[:30])
print(p.c, hasattr(p, "c"), getattr(p, "c"))
p.extra = 5
print(v.extra)
del p.extra
print(hasattr(v, "extra"))
print(isinstance(p, Vec), type(p) is weakref.ProxyType, weakref.CallableProxyType)
del v
for op in [lambda: p.c, lambda: len(p), lambda: p + p, lambda: str(p), lambda: p[0], lambda: bool(p), lambda: p(1), lambda: hash(p), lambda: iter(p)]:
    try:
        op()
        print("no error")
    except ReferenceError as e:
        print("ReferenceError:", e)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
for val in [1, "s", (1,), [1], {}, b"x", 1.5, None, object(), range(3), set(), frozenset()]:
    try:
        weakref.ref(val)
        print(type(val).__name__, "ok")
    except TypeError as e:
        print(e)
class Slots:
    __slots__ = ("a",)
try:
    weakref.ref(Slots())
except TypeError as e:
    print(e)
class Slots2:
    __slots__ = ("a", "__weakref__")
print(weakref.ref(Slots2())() is None)
class L(list): pass
class D(dict): pass
class I(int): pass
for t in (L, D, I):
    try:
        print(t.__name__, weakref.ref(t())() is None)
    except TypeError as e:
        print(e)
