import sys
class Widget:
    registry = []
    def check(self):
        return sys.getrefcount(self)
    def check_args(self, *args):
        return [sys.getrefcount(a) for a in args]
    def check_kwargs(self, **kw):
        return sorted((k, sys.getrefcount(v)) for k, v in kw.items())
    @classmethod
    def cm(cls):
        return sys.getrefcount(cls) > 2
    @staticmethod
    def sm(x):
        return sys.getrefcount(x)
    @property
    def prop(self):
        return sys.getrefcount(self)
    def __len__(self):
        return sys.getrefcount(self)
    def __getitem__(self, i):
        return sys.getrefcount(self)
    def __call__(self):
        return sys.getrefcount(self)
    def __eq__(self, other):
        print("eq", sys.getrefcount(self), sys.getrefcount(other))
        return True
    def __hash__(self):
        return sys.getrefcount(self)
w = Widget()
print("plain", sys.getrefcount(w))
print("method", w.check())
m = w.check
print("bound stored", sys.getrefcount(w), m())
del m
obj = object()
print("star", w.check_args(obj, obj, [obj]))
print("kw", w.check_kwargs(a=obj, b=obj))
print("sm", Widget.sm(obj), w.sm(obj))
print("prop", w.prop)
print("len", len(w))
print("getitem", w[0])
print("call", w())
print("hash", hash(w))
w == obj
print("getattr", getattr(w, "prop"))
def gen(x):
    yield sys.getrefcount(x)
    y = x
    yield sys.getrefcount(x)
    del y
    yield sys.getrefcount(x)
print("gen", list(gen(obj)), sys.getrefcount(obj))
g = gen(obj)
print("gen created", sys.getrefcount(obj))
next(g)
print("gen started", sys.getrefcount(obj))
g.close()
print("gen closed", sys.getrefcount(obj))
del g
print("gen deleted", sys.getrefcount(obj))
def outer():
    val = object()
    def inner():
        return sys.getrefcount(val)
    return inner, val
f, v = outer()
print("closure", f(), sys.getrefcount(v))
lam = lambda a, b=obj: sys.getrefcount(b)
print("default", lam(1), sys.getrefcount(obj))
print("comprehension", [sys.getrefcount(x) for x in [obj]])
print("genexpr", list(sys.getrefcount(x) for x in (obj,)))
for x in [obj, obj]:
    print("loop", sys.getrefcount(obj))
del x
with open(__file__) as fh:
    print("with", sys.getrefcount(fh))
try:
    raise ValueError(obj)
except ValueError as e:
    print("except", sys.getrefcount(e), sys.getrefcount(obj))
print("after except", sys.getrefcount(obj))
