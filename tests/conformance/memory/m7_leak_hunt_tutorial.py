import gc
import sys
import weakref
gc.collect()

# A "leaky" event bus: strong references to bound methods keep subscribers alive.
class Bus:
    def __init__(self):
        self.handlers = []
    def subscribe(self, fn):
        self.handlers.append(fn)
    def emit(self, msg):
        for h in self.handlers:
            h(msg)

class Widget:
    alive = 0
    def __init__(self, name, bus):
        self.name = name
        Widget.alive += 1
        bus.subscribe(self.on_event)
    def on_event(self, msg):
        pass
    def __del__(self):
        Widget.alive -= 1

bus = Bus()
for i in range(5):
    Widget(f"w{i}", bus)
print("widgets alive with strong bus:", Widget.alive, "handlers:", len(bus.handlers))
print("refcount of a widget:", sys.getrefcount(bus.handlers[0].__self__))
bus.handlers.clear()
print("after clearing handlers:", Widget.alive)

# Fixed with WeakMethod
class WeakBus(Bus):
    def subscribe(self, fn):
        self.handlers.append(weakref.WeakMethod(fn, self._dead))
    def _dead(self, ref):
        self.handlers.remove(ref)
    def emit(self, msg):
        for r in list(self.handlers):
            fn = r()
            if fn is not None:
                fn(msg)

wbus = WeakBus()
ws = [Widget(f"v{i}", wbus) for i in range(5)]
print("weak bus handlers:", len(wbus.handlers), "alive:", Widget.alive)
del ws[0]
print("after dropping one:", len(wbus.handlers), "alive:", Widget.alive)
ws.clear()
print("after dropping all:", len(wbus.handlers), "alive:", Widget.alive)

# A cache that grows forever vs a bounded one
import functools
calls = 0
@functools.lru_cache(maxsize=3)
def square(n):
    global calls
    calls += 1
    return n * n
for n in [1, 2, 3, 1, 4, 1, 5]:
    square(n)
print("lru info:", square.cache_info(), "calls:", calls)
square.cache_clear()
print("after clear:", square.cache_info())

# Finding who holds an object
class Leaky:
    pass
registry = {}
def make():
    obj = Leaky()
    registry["last"] = obj
    return weakref.ref(obj)
r = make()
print("still alive:", r() is not None)
holders = gc.get_referrers(r())
print("held by:", sorted(type(h).__name__ for h in holders))
print("held by registry:", any(h is registry for h in holders))
del registry["last"]
print("alive after removing from registry:", r() is not None)

# Counting objects of a type around an operation
def count(cls):
    return sum(1 for o in gc.get_objects() if type(o) is cls)
class Tracked:
    pass
before = count(Tracked)
stash = [Tracked() for _ in range(7)]
print("new Tracked objects:", count(Tracked) - before)
del stash
print("after del:", count(Tracked) - before)
cyc = [Tracked() for _ in range(3)]
for t in cyc:
    t.me = t
del cyc, t
print("cycles pending:", count(Tracked) - before, "collected:", gc.collect(), "left:", count(Tracked) - before)
