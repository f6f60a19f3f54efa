# An object pool, leak hunting by type counts, gc.disable around a critical section, and what runs at exit.
import gc, sys, weakref, atexit

class Logger:
    def __init__(self, name):
        self.name = name
    def log(self, msg):
        print(f"[{self.name}] {msg}")

logger = Logger("main")

class Resource:
    count = 0
    def __init__(self, name, dep=None):
        self.name = name
        self.dep = dep
        Resource.count += 1
    def __del__(self):
        Resource.count -= 1
        # module globals may already be gone (None) at shutdown in CPython
        lg = globals().get("logger")
        print(f"del {self.name}: logger={'ok' if lg else lg}, count={Resource.count}, sys={'ok' if sys else sys}")

class Pool:
    def __init__(self):
        self.free = []
        self.made = 0
    def get(self):
        if self.free:
            return self.free.pop()
        self.made += 1
        return bytearray(64)
    def put(self, b):
        self.free.append(b)

pool = Pool()
bufs = [pool.get() for _ in range(5)]
for b in bufs:
    pool.put(b)
del b
bufs = [pool.get() for _ in range(3)]
print("pool made:", pool.made, "free:", len(pool.free))

def type_counts():
    counts = {}
    for o in gc.get_objects():
        name = type(o).__name__
        if name in ("Resource", "Logger", "Pool", "Leaky"):
            counts[name] = counts.get(name, 0) + 1
    return counts

class Leaky:
    registry = []
    def __init__(self):
        Leaky.registry.append(self)

before = type_counts()
for i in range(10):
    Leaky()
after = type_counts()
print("leak hunt:", {k: after.get(k, 0) - before.get(k, 0) for k in after})
Leaky.registry.clear()
print("after clearing registry:", type_counts().get("Leaky", 0))

gc.disable()
critical = [Resource(f"crit{i}") for i in range(3)]
for r in critical:
    r.self_ref = r
del critical, r
print("during critical section (gc off), count:", Resource.count, "enabled:", gc.isenabled())
gc.enable()
print("collect after critical:", gc.collect(), "count:", Resource.count)

a = Resource("a")
b = Resource("b", a)
c = Resource("c", b)
cyc1 = Resource("cyc1")
cyc2 = Resource("cyc2", cyc1)
cyc1.dep = cyc2

def bye():
    print("atexit handler: count", Resource.count)
atexit.register(bye)

wr = weakref.ref(a, lambda r: print("weakref callback for a at exit"))
fin = weakref.finalize(c, print, "finalize for c at exit")

print("small int refs large:", sys.getrefcount(5) > 1000, sys.getrefcount(None) > 1000)
x = 257 * 4
print("fresh int:", sys.getrefcount(x))
print("end of program, count:", Resource.count)
