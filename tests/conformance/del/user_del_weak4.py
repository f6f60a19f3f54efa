import gc
import sys
import weakref

def hook(u):
    print("unraisable:", u.err_msg, getattr(u.object, "__qualname__", type(u.object).__name__),
          type(u.exc_value).__name__, u.exc_value, u.exc_traceback is not None)
sys.unraisablehook = hook

order = []
class R:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __del__(self):
        order.append(self.name)
        if self.fail:
            raise RuntimeError(f"boom in {self.name}")
    def __repr__(self):
        return f"R({self.name})"

# order when a list is dropped
lst = [R("l0"), R("l1"), R("l2")]
del lst
print("list order", order); order.clear()

d = {"a": R("da"), "b": R("db"), "c": R("dc")}
del d
print("dict order", order); order.clear()

t = (R("t0"), R("t1"))
del t
print("tuple order", order); order.clear()

# chain
head = None
for i in range(4):
    n = R(f"c{i}")
    n.next = head
    head = n
del n
del head
print("chain order", order); order.clear()

# exception in __del__
x = R("bad", fail=True)
del x
print("after bad del", order); order.clear()

# cycles with __del__ and resurrection
saved = []
class Phoenix:
    count = 0
    def __init__(self, name):
        self.name = name
        self.partner = None
    def __del__(self):
        Phoenix.count += 1
        print(f"  Phoenix.__del__ {self.name} (call {Phoenix.count})")
        if self.name == "a":
            saved.append(self)

a = Phoenix("a"); b = Phoenix("b")
a.partner = b; b.partner = a
del a, b
print("collect 1:", gc.collect())
print("saved", [p.name for p in saved], saved[0].partner.name)
saved.clear()
print("collect 2:", gc.collect())
print("del calls", Phoenix.count)

# weakref callback raising
class Obj:
    pass
def bad_cb(ref):
    raise ValueError("callback failed")
o = Obj()
r = weakref.ref(o, bad_cb)
del o
print("after bad callback; ref dead:", r() is None)

# proxy errors
o = Obj()
o.attr = 3
p = weakref.proxy(o)
print(p.attr)
del o
try:
    p.attr
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError str:", e)
print("proxy repr dead starts", repr(p)[:13])

# WeakMethod
class Btn:
    def __init__(self): self.clicks = 0
    def click(self):
        self.clicks += 1
        return self.clicks
btn = Btn()
wm = weakref.WeakMethod(btn.click)
print("weakmethod call", wm()())
print("weakmethod identity", wm() == btn.click, wm() is btn.click)
del btn
print("weakmethod dead", wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# WeakValueDictionary cache
class Image:
    def __init__(self, key): self.key = key
    def __repr__(self): return f"Image({self.key})"
cache = weakref.WeakValueDictionary()
def load(key):
    img = cache.get(key)
    if img is None:
        img = Image(key)
        cache[key] = img
        print("  loaded", key)
    return img
i1 = load("a"); i2 = load("a"); i3 = load("b")
print("same", i1 is i2, len(cache), sorted(cache.keys()))
del i1, i2
print("after del a", sorted(cache.keys()))
del i3
print("after del b", len(cache), list(cache.items()))

# WeakKeyDictionary registry
registry = weakref.WeakKeyDictionary()
k1 = Obj(); k2 = Obj()
registry[k1] = "one"; registry[k2] = "two"
print("registry", sorted(registry.values()))
del k1
print("registry after del", sorted(registry.values()), len(registry))

# WeakSet of listeners
listeners = weakref.WeakSet()
class Listener:
    def __init__(self, n): self.n = n
ls = [Listener(i) for i in range(5)]
for l in ls: listeners.add(l)
print("listeners", len(listeners))
del ls[::2]
print("after removing evens", len(listeners), sorted(l.n for l in listeners))
del l
print("after del loop var", len(listeners), sorted(x.n for x in listeners))

# finalize
def on_final(name):
    print("  finalized", name)
o = Obj()
f = weakref.finalize(o, on_final, "o1")
print("alive", f.alive, f.peek()[2:], f.peek()[1] is on_final)
del o
print("alive after del", f.alive)
o2 = Obj()
f2 = weakref.finalize(o2, on_final, "o2")
print("detach", f2.detach()[2:])
print("detached alive", f2.alive)
del o2

keep = Obj()
weakref.finalize(keep, on_final, "at exit 1")
keep2 = Obj()
weakref.finalize(keep2, on_final, "at exit 2")
last = R("module-global-at-exit")
print("end of program")
