# Weak references in everyday code: a WeakValueDictionary image cache, parent links as
# weakrefs, a WeakSet registry, WeakKeyDictionary metadata, callbacks, a cycle member's
# callback at collection, dead proxies, WeakMethod, finalize, unsupported types.
import weakref, gc, sys

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path
        self.pixels = bytearray(64)
    def __repr__(self):
        return f"Image({self.path!r})"

class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
        return img
    def __len__(self):
        return len(self._cache)

cache = ImageCache()
a = cache.get("a.png"); b = cache.get("b.png"); a2 = cache.get("a.png")
print(a is a2, Image.loads, len(cache), sorted(cache._cache.keys()))
del a, a2
print("after del a:", len(cache), sorted(cache._cache))
b = None
print("after b=None:", len(cache))

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def path(self):
        p = self.parent
        return (p.path() + "/" if p else "") + self.name
root = Node("root"); usr = Node("usr", root); bin_ = Node("bin", usr)
print(bin_.path(), sys.getrefcount(root), weakref.getweakrefcount(root))
del root
print("parent after root deleted:", usr.parent, bin_.path())

registry = weakref.WeakSet()
class Listener:
    def __init__(self, name):
        self.name = name
        registry.add(self)
ls = [Listener(f"l{i}") for i in range(3)]
print(len(registry), sorted(l.name for l in registry))
ls.pop()
print(len(registry))
ls.clear()
print(len(registry))

meta = weakref.WeakKeyDictionary()
class Obj: pass
o1, o2 = Obj(), Obj()
meta[o1] = "first"; meta[o2] = "second"
print(len(meta), meta[o1])
del o1
print(len(meta), list(meta.values()))

def on_death(ref):
    print("died:", ref() is None)
class Temp: pass
t = Temp()
r = weakref.ref(t, on_death)
print(r() is t, repr(r).startswith("<weakref at"))
del t
print(r())
class Chain:
    def __init__(self):
        self.me = self
c = Chain()
wc = weakref.ref(c, lambda ref: print("cycle member collected"))
del c
print("before collect, alive:", wc() is not None)
print("collected:", gc.collect())
print("after:", wc())
p = weakref.proxy(Obj())
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
cnt = Counter()
wm = weakref.WeakMethod(cnt.inc)
wm()(); wm()()
print(cnt.n, wm() is not None)
del cnt
print(wm())
f = weakref.finalize(Obj(), print, "finalizer ran immediately on refcount zero")
print(f.alive)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
