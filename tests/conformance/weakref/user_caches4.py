import gc
import weakref

class Expensive:
    instances = 0
    def __init__(self, key):
        Expensive.instances += 1
        self.key = key
        self.peer = None
    def __repr__(self):
        return f"Expensive({self.key!r})"

class Cache:
    def __init__(self):
        self._data = weakref.WeakValueDictionary()
        self.hits = self.misses = 0
    def get(self, key):
        try:
            v = self._data[key]
            self.hits += 1
            return v
        except KeyError:
            self.misses += 1
            v = Expensive(key)
            self._data[key] = v
            return v

c = Cache()
a = c.get("a"); a2 = c.get("a"); b = c.get("b")
print(a is a2, c.hits, c.misses, len(c._data))
del a, a2
print("after del a", sorted(c._data.keys()), c.hits, c.misses)
x = c.get("x"); y = c.get("y")
x.peer = y; y.peer = x
del x, y
print("cycle kept until collect", sorted(c._data.keys()))
gc.collect()
print("after collect", sorted(c._data.keys()))
strong = [c.get(k) for k in "pqr"]
print("strong", sorted(c._data.keys()), Expensive.instances)
strong.pop()
print("after pop", sorted(c._data.keys()))
print("values", sorted(repr(v) for v in c._data.values()))
for k, v in list(c._data.items()):
    print(" item", k, v)
del strong, v
print("empty?", len(c._data), list(c._data))

print("WeakKeyDictionary metadata")
meta = weakref.WeakKeyDictionary()
class Widget:
    pass
w1, w2 = Widget(), Widget()
meta[w1] = {"color": "red"}
meta[w2] = {"color": "blue"}
print(len(meta), meta[w1]["color"], w2 in meta)
w1.self = w1
del w1
print("cycle key kept", len(meta))
gc.collect()
print("after collect", len(meta))
print("WeakSet observers")
class Observer:
    def __init__(self, n): self.n = n
    def notify(self, ev): print(f"  obs{self.n} got {ev}")
observers = weakref.WeakSet()
objs = [Observer(i) for i in range(3)]
for o in objs: observers.add(o)
def emit(ev):
    for o in sorted(observers, key=lambda o: o.n):
        o.notify(ev)
emit("start")
del objs[1], o
emit("middle")
objs.clear()
emit("end")
print("remaining", len(observers))
