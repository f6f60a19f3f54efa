import gc, sys, weakref

gc.collect()
# Classic leak 1: exceptions keep frames alive through __traceback__
class BigObject:
    instances = 0
    def __init__(self):
        BigObject.instances += 1
        self.data = list(range(100))
    def __del__(self):
        BigObject.instances -= 1

def fail():
    big = BigObject()
    raise ValueError("boom")

errors = []
for _ in range(3):
    try:
        fail()
    except ValueError as e:
        errors.append(e)
print("alive while errors kept:", BigObject.instances)
print("frame locals:", sorted(errors[0].__traceback__.tb_next.tb_frame.f_locals))
errors.clear()
print("after clearing errors:", BigObject.instances)

# Storing sys.exc_info() creates a cycle: frame -> local -> traceback -> frame
def keep_exc_info():
    big = BigObject()
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
    return None
keep_exc_info()
print("after exc_info cycle:", BigObject.instances)
print("collected:", gc.collect())
print("after collect:", BigObject.instances)

# Classic leak 2: unbounded cache at module level
_cache = {}
def cached_square(n):
    if n not in _cache:
        _cache[n] = n * n
    return _cache[n]
for i in range(1000):
    cached_square(i)
print("cache size", len(_cache))

# Fix with weakref: observers
class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, o):
        self._observers.add(o)
    def notify(self):
        return len(self._observers)
class Observer:
    pass
s = Subject()
obs = [Observer() for _ in range(5)]
for o in obs:
    s.attach(o)
print("observers", s.notify())
del obs[:2]
print("observers after del", s.notify())

# Leak 3: closures capturing big data
def make_handlers():
    big = BigObject()
    handlers = []
    for i in range(3):
        handlers.append(lambda i=i: (i, len(big.data)))
    return handlers
hs = make_handlers()
print([h() for h in hs], BigObject.instances)
del hs
print("handlers gone", BigObject.instances)

# Leak 4: bound method stored on instance forms a cycle
class Button:
    def __init__(self):
        self.big = BigObject()
        self.on_click = self.clicked
    def clicked(self):
        pass
b = Button()
wb = weakref.ref(b)
del b
print("button alive before collect:", wb() is not None, BigObject.instances)
print("collected:", gc.collect())
print("button alive after collect:", wb() is not None, BigObject.instances)

# Leak 5: default mutable argument grows
def append_to(item, target=[]):
    target.append(item)
    return target
for i in range(5):
    append_to(i)
print(append_to.__defaults__[0], sys.getrefcount(append_to.__defaults__[0]))

# traceback.clear_frames
import traceback
try:
    fail()
except ValueError as e:
    err = e
print("before clear_frames", BigObject.instances)
traceback.clear_frames(err.__traceback__)
print("after clear_frames", BigObject.instances)
del err
print("end", BigObject.instances, gc.collect())
