# Leak hunting: caches, bound-method and closure cycles, tracebacks that keep frames, get_objects deltas.
import gc, sys, weakref
gc.collect()
# 1. a cache that keeps everything alive
_cache = {}
class Big:
    def __init__(self, n): self.data = list(range(n))
def cached(n):
    if n not in _cache:
        _cache[n] = Big(n)
    return _cache[n]
for i in range(10):
    cached(i)
print("cache size", len(_cache), sum(1 for o in gc.get_objects() if type(o) is Big))
_cache.clear()
print("after clear", sum(1 for o in gc.get_objects() if type(o) is Big))
# 2. cycle through a bound method
class Button:
    def __init__(self):
        self.handler = self.on_click
    def on_click(self):
        pass
b = Button()
r = weakref.ref(b)
del b
print("button alive after del:", r() is not None)
print("collected:", gc.collect())
print("button alive after collect:", r() is not None)
# 3. closures capturing self
class Widget:
    def __init__(self):
        self.callbacks = []
        self.callbacks.append(lambda: self)
w = Widget(); rw = weakref.ref(w)
del w
print("widget alive:", rw() is not None, gc.collect(), rw() is not None)
# 4. exception with traceback kept
def fail():
    big = [0] * 1000
    raise ValueError("x")
saved = None
class Marker: pass
def keep():
    global saved
    m = Marker()
    try:
        fail()
    except ValueError as e:
        saved = e
    return weakref.ref(m)
rm = keep()
print("marker kept by traceback:", rm() is not None)
print(type(saved.__traceback__).__name__, saved.__traceback__.tb_frame.f_code.co_name)
saved = None
print("after dropping exception:", rm() is not None, gc.collect() >= 0, rm() is not None)
def keep_info():
    m = Marker()
    try:
        fail()
    except ValueError:
        info = sys.exc_info()
    return weakref.ref(m)
ri = keep_info()
print("exc_info cycle:", ri() is not None)
print(gc.collect() > 0, ri() is not None)
# 5. growth check with get_objects deltas
def count_types():
    counts = {}
    for o in gc.get_objects():
        counts[type(o).__name__] = counts.get(type(o).__name__, 0) + 1
    return counts
before = count_types()
leak = [{"id": i, "tags": [i]} for i in range(50)]
after = count_types()
print(sorted((k, after[k] - before.get(k, 0)) for k in after if after[k] - before.get(k, 0) > 0))
