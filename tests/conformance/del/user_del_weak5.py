# __del__ order for lists, dicts, chains and tuples; PEP 442 resurrection; exceptions in
# __del__ and weakref callbacks (through sys.unraisablehook); proxies, WeakMethod, the weak
# containers and weakref.finalize.
import sys
def hook(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, "in", getattr(u.object, "__qualname__", type(u.object).__name__))
sys.unraisablehook = hook
import gc, sys, weakref

order = []

class Res:
    def __init__(self, name, partner=None):
        self.name = name
        self.partner = partner
    def __del__(self):
        order.append(self.name)
    def __repr__(self):
        return f"Res({self.name})"

# list drop order
items = [Res("a"), Res("b"), Res("c")]
del items
print("list dropped:", order); order.clear()

d = {"x": Res("x"), "y": Res("y"), "z": Res("z")}
del d
print("dict dropped:", order); order.clear()

chain = None
for n in "pqrs":
    chain = Res(n, chain)
del chain
print("chain dropped:", order); order.clear()

t = (Res("t1"), Res("t2"))
del t
print("tuple dropped:", order); order.clear()

# cycle with __del__ (PEP 442) and resurrection
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        order.append("del " + self.name)
        if len(saved) < 1:
            saved.append(self)

p = Phoenix("fawkes")
del p
print("first collect:", gc.collect(), order); order.clear()
print("saved:", [s.name for s in saved])
saved[0].me = None
saved.clear()
print("second collect:", gc.collect(), order); order.clear()

# exceptions in __del__
class Bad:
    def __del__(self):
        raise RuntimeError("boom in del")
b = Bad()
print("before del of Bad", flush=True)
del b
print("after del of Bad", flush=True)

# exception in weakref callback
class Target:
    pass
tg = Target()
def bad_cb(ref):
    raise ValueError("callback failed")
r = weakref.ref(tg, bad_cb)
print("dropping target", flush=True)
del tg
print("dropped target", r(), flush=True)

# proxy errors
class P:
    def hello(self):
        return "hi"
obj = P()
px = weakref.proxy(obj)
print(px.hello())
del obj
try:
    px.hello()
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    print(px)
except ReferenceError as e:
    print("ReferenceError repr:", e)
print("proxy repr:", repr(px).split(" at ")[0])

# WeakMethod
class Btn:
    def click(self):
        return "clicked"
btn = Btn()
wm = weakref.WeakMethod(btn.click)
print("weakmethod alive:", wm()())
del btn
print("weakmethod dead:", wm())

# WeakValueDictionary cache
class Img:
    def __init__(self, k):
        self.k = k
cache = weakref.WeakValueDictionary()
live = []
for k in range(6):
    im = Img(k)
    cache[k] = im
    if k % 2 == 0:
        live.append(im)
del im
print("cache keys:", sorted(cache.keys()))
live.pop()
print("after pop:", sorted(cache.keys()), len(cache))

# WeakKeyDictionary registry
reg = weakref.WeakKeyDictionary()
ks = [Img(i) for i in range(4)]
for k in ks:
    reg[k] = k.k * 10
del ks[1:3]
print("registry:", sorted(reg.values()))

# WeakSet of listeners
class L:
    def __init__(self, n): self.n = n
listeners = weakref.WeakSet()
ls = [L(i) for i in range(5)]
for l in ls: listeners.add(l)
del ls[::2]
print("listeners:", sorted(l.n for l in listeners), len(listeners))

# finalize ordering at exit
class Conn:
    def __init__(self, n): self.n = n
def closer(n):
    print("finalize closing", n)
conns = [Conn(i) for i in range(3)]
fins = [weakref.finalize(c, closer, c.n) for c in conns]
print("alive:", [f.alive for f in fins])
fins[1]()
print("alive after call:", [f.alive for f in fins])
dt = fins[2].detach(); print("detach:", dt[1].__name__ if callable(dt[1]) else dt[1], dt[2:])

class Global:
    def __del__(self):
        print("Global.__del__ at exit", file=sys.stdout)
g = Global()
print("end of main")
