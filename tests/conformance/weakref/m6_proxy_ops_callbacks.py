import weakref, gc
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __len__(self): return self.v
    def __iter__(self): return iter(range(self.v))
    def __getitem__(self, i): return i * 10
    def __contains__(self, x): return x == 1
    def __call__(self, *a): return ("called", a)
    def __bool__(self): return self.v != 0
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
n = Num(3)
p = weakref.proxy(n)
print((p + 1).v, len(p), list(p), p[2], 1 in p, p(1, 2), bool(p))
print(p == n, p < Num(5), type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print("hash:", e)
cp = weakref.proxy(n, lambda r: print("proxy cb"))
print(type(cp).__name__, weakref.getweakrefcount(n))
print(isinstance(p, Num), isinstance(p, weakref.ProxyType))
del n
for op in [lambda: p.v, lambda: p + 1, lambda: len(p), lambda: list(p), lambda: p[0], lambda: bool(p), lambda: p == 1, lambda: repr(p).startswith("<weakproxy at")]:
    try:
        print(op())
    except ReferenceError as e:
        print("ReferenceError", e)
class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []
    def add(self, child):
        child.parent = weakref.ref(self)
        self.children.append(child)
root = Node("root")
kid = Node("kid")
root.add(kid)
print(kid.parent().name)
del root
print(kid.parent())
print(gc.collect())
# WeakValueDictionary with gc cycles
class Obj:
    def __init__(self, k): self.k = k; self.me = self
wvd = weakref.WeakValueDictionary()
for i in range(4):
    wvd[i] = Obj(i)
print("before collect", len(wvd))
gc.collect()
print("after collect", len(wvd))
# callback ordering on cycle collect
log = []
class A: pass
a = A(); b = A(); a.b = b; b.a = a
ra = weakref.ref(a, lambda r: log.append("a"))
rb = weakref.ref(b, lambda r: log.append("b"))
del a, b
gc.collect()
print("cycle callbacks", log)
# finalize order and atexit flag
class Res: pass
objs = [Res() for _ in range(3)]
fs = [weakref.finalize(o, print, "finalize", i) for i, o in enumerate(objs)]
print([f.alive for f in fs])
del objs
print([f.alive for f in fs])
r = Res()
f = weakref.finalize(r, lambda: print("should not run"))
print(f.detach() is not None, f.alive)
r2 = Res()
f2 = weakref.finalize(r2, print, "called early")
f2()
f2()
print(f2.alive)
print(weakref.ref(r2) == weakref.ref(r2), weakref.ref(r2) is weakref.ref(r2))
