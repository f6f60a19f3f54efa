import gc
import sys
import weakref
gc.collect()

print("== does del free memory? (id reuse)")
class Blob:
    __slots__ = ("data",)
    def __init__(self):
        self.data = None
a = Blob()
old = id(a)
del a
b = Blob()
print("same address reused:", id(b) == old)
c = [1, 2, 3]
old = id(c)
del c
d = [4, 5]
print("list reused:", id(d) == old)
x = 10 ** 30
old = id(x)
del x
y = 10 ** 31
print("int reused:", id(y) == old)

print("== circular reference leak demo")
class Parent:
    def __init__(self):
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = self
class Child:
    pass
live = weakref.WeakSet()
for i in range(5):
    p = Parent()
    live.add(p)
    for j in range(3):
        ch = Child()
        p.add(ch)
        live.add(ch)
del p, ch
print("alive before collect:", len(live))
print("collected:", gc.collect())
print("alive after collect:", len(live))

print("== the weakref fix")
class WParent:
    def __init__(self):
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = weakref.ref(self)
live2 = weakref.WeakSet()
for i in range(5):
    p = WParent()
    live2.add(p)
    for j in range(3):
        ch = Child()
        p.add(ch)
        live2.add(ch)
del p, ch
print("alive without collect:", len(live2))
print("collected:", gc.collect())

print("== object pool with WeakValueDictionary")
class Conn:
    created = 0
    def __init__(self, host):
        self.host = host
        Conn.created += 1
    def __repr__(self):
        return f"Conn({self.host!r})"
pool = weakref.WeakValueDictionary()
def get(host):
    conn = pool.get(host)
    if conn is None:
        conn = Conn(host)
        pool[host] = conn
    return conn
c1 = get("a"); c2 = get("a"); c3 = get("b")
print(c1 is c2, Conn.created, sorted(pool.keys()))
del c1
print(sorted(pool.keys()))
del c2
print(sorted(pool.keys()), len(pool))
c4 = get("a")
print(Conn.created, repr(pool["a"]))
del c3, c4
print(len(pool), list(pool.items()))

print("== generator vs list")
nums_list = [i * i for i in range(10000)]
nums_gen = (i * i for i in range(10000))
print("list bytes:", sys.getsizeof(nums_list))
print("gen bytes:", sys.getsizeof(nums_gen))
print(sum(nums_gen) == sum(nums_list))
print("gen bytes after exhausting:", sys.getsizeof(nums_gen))
r = range(10000)
print("range bytes:", sys.getsizeof(r), "list(range):", sys.getsizeof(list(r)))
m = map(str, r)
print("map bytes:", sys.getsizeof(m))

print("== __slots__ savings")
class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class WithSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
wd, ws = WithDict(1, 2), WithSlots(1, 2)
print(f"{'kind':<10}{'obj':>6}{'dict':>6}{'total':>7}")
print(f"{'dict':<10}{sys.getsizeof(wd):>6}{sys.getsizeof(wd.__dict__):>6}{sys.getsizeof(wd) + sys.getsizeof(wd.__dict__):>7}")
print(f"{'slots':<10}{sys.getsizeof(ws):>6}{0:>6}{sys.getsizeof(ws):>7}")
many = [WithDict(i, i) for i in range(100)]
print("100 dict instances:", sum(sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in many))
many = [WithSlots(i, i) for i in range(100)]
print("100 slot instances:", sum(sys.getsizeof(o) for o in many))
print(hasattr(ws, "__dict__"), hasattr(ws, "__weakref__"))
try:
    weakref.ref(ws)
except TypeError as e:
    print("TypeError:", e)
try:
    ws.z = 1
except AttributeError as e:
    print("AttributeError:", e)
