# Leak hunting as blog posts show it: lru_cache keeping objects, listeners kept alive by
# bound methods, WeakMethod listeners, self-cycles counted by gc, memo caches, an object
# pool, id reuse, and __slots__ against __dict__ under tracemalloc.
import gc, sys, weakref
from functools import lru_cache, cache

class Big:
    count = 0
    def __init__(self, n):
        self.data = list(range(n))
        Big.count += 1
    def __del__(self):
        Big.count -= 1

@lru_cache(maxsize=3)
def load(key):
    return Big(10)

for k in "abcde":
    load(k)
print("alive after 5 loads with maxsize=3:", Big.count, load.cache_info())
load("e"); load("a")
print(load.cache_info())
load.cache_clear()
print("after cache_clear:", Big.count, load.cache_info())

class Service:
    def __init__(self):
        self.listeners = []
    def subscribe(self, fn):
        self.listeners.append(fn)
    def emit(self, ev):
        return [fn(ev) for fn in self.listeners]

class Widget:
    def __init__(self, name, service):
        self.name = name
        service.subscribe(self.on_event)
    def on_event(self, ev):
        return f"{self.name} got {ev}"

svc = Service()
w = Widget("w1", svc)
r = weakref.ref(w)
del w
print("widget still alive via bound method:", r() is not None, svc.emit("ping"))
svc.listeners.clear()
print("after clearing listeners:", r())

class WeakService:
    def __init__(self):
        self.listeners = []
    def subscribe(self, method):
        self.listeners.append(weakref.WeakMethod(method))
    def emit(self, ev):
        out = []
        for ref in list(self.listeners):
            m = ref()
            if m is None:
                self.listeners.remove(ref)
            else:
                out.append(m(ev))
        return out

ws = WeakService()
w2 = Widget.__new__(Widget); w2.name = "w2"; ws.subscribe(w2.on_event)
w3 = Widget.__new__(Widget); w3.name = "w3"; ws.subscribe(w3.on_event)
print(ws.emit("a"))
del w2
print(ws.emit("b"), len(ws.listeners))

class Node:
    def __init__(self):
        self.me = self
        self.payload = bytearray(1000)

gc.collect()
gc.disable()
before = len(gc.get_objects())
for _ in range(50):
    Node()
mid = len(gc.get_objects())
print("tracked objects grew by:", mid - before)
print("collected:", gc.collect())
gc.enable()

def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

@cache
def square(n):
    return n * n
print([square(i) for i in range(5)], square.cache_info())

class Pool:
    def __init__(self, factory, size):
        self.factory = factory
        self.free = [factory() for _ in range(size)]
        self.created = size
    def acquire(self):
        if self.free:
            return self.free.pop()
        self.created += 1
        return self.factory()
    def release(self, obj):
        obj.clear()
        self.free.append(obj)

pool = Pool(list, 2)
a = pool.acquire(); b = pool.acquire(); c = pool.acquire()
ida = id(a)
a.append(1)
pool.release(a)
d = pool.acquire()
print("pool reused same object:", id(d) == ida, d, pool.created)

ids = set()
for i in range(10):
    obj = object()
    ids.add(id(obj))
    del obj
print("distinct ids for 10 temp objects:", len(ids))
x = [1, 2]
old = id(x)
del x
y = [3, 4]
print("new list reuses address:", id(y) == old)
f1 = 1.5 + 0.25
fid = id(f1)
del f1
f2 = 2.5 + 0.25
print("float free list reuse:", id(f2) == fid)

class WithDict:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
class WithSlots:
    __slots__ = "a", "b", "c"
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
import tracemalloc
tracemalloc.start()
s = tracemalloc.take_snapshot()
dicts = [WithDict() for _ in range(1000)]
m1 = tracemalloc.get_traced_memory()[0]
slots = [WithSlots() for _ in range(1000)]
m2 = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("dict instances cost more than slot ones:", (m1) > (m2 - m1))
print("per-instance getsizeof:", sys.getsizeof(dicts[0]), sys.getsizeof(slots[0]))
print("with __dict__ materialised:", sys.getsizeof(dicts[0]) + sys.getsizeof(dicts[0].__dict__))
