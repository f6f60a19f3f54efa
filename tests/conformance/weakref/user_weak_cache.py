# A weak-value cache, parent links through weakrefs, and a WeakSet as objects die.
import weakref, gc
class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self): return f"Image({self.name!r})"
class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
    def get(self, name):
        img = self._items.get(name)
        if img is None:
            img = Image(name)
            self._items[name] = img
        return img
    def __len__(self):
        return len(self._items)
c = Cache()
a = c.get("a"); b = c.get("b"); a2 = c.get("a")
print(a is a2, Image.loads, len(c))
del a, a2
print(len(c), Image.loads)
print(sorted(c._items.keys()), list(c._items.values()))
x = c.get("a")
print(Image.loads, "a" in c._items, c._items["a"])
del b, x
print(len(c), dict(c._items))
class Node:
    def __init__(self, parent=None):
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
    @property
    def parent(self):
        return self._parent() if self._parent else None
root = Node()
kid = Node(root); root.children.append(kid)
print(kid.parent is root)
del root
print(kid.parent)
print(gc.collect())
ws = weakref.WeakSet()
class T: pass
ts = [T() for _ in range(5)]
for t in ts: ws.add(t)
print(len(ws), len(list(ws)))
del ts[::2]
print(len(ws))
print(sorted(type(x).__name__ for x in ws))
