import sys
import gc
import array
import weakref

print("generators vs lists")
def squares_list(n):
    return [i * i for i in range(n)]
def squares_gen(n):
    return (i * i for i in range(n))
lst = squares_list(1000)
gen = squares_gen(1000)
print("list", sys.getsizeof(lst), "gen", sys.getsizeof(gen))
print("sum equal", sum(lst) == sum(gen))
print("exhausted gen size", sys.getsizeof(gen), gen.gi_frame)
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
next(c); next(c)
print("suspended frame locals", c.gi_frame.f_locals, c.gi_running, c.gi_frame.f_lineno)
print("gen sizes", sys.getsizeof(c), sys.getsizeof(counter()))
c.close()
print("closed frame", c.gi_frame)

print("array module")
for code in "bBhHiIlLqQfd":
    a = array.array(code, range(10))
    print(code, a.itemsize, sys.getsizeof(a), sys.getsizeof(array.array(code)), a.buffer_info()[1])
a = array.array("i")
sizes = []
for i in range(40):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print("append growth", sorted(set(sizes)))
print("vs list", sys.getsizeof(list(range(1000))), sys.getsizeof(array.array("i", range(1000))))

print("__slots__ savings")
class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = Point(1, 2); sp = SlotPoint(1, 2)
print("dict-based", sys.getsizeof(p), sys.getsizeof(p.__dict__), "slots", sys.getsizeof(sp))
print("has dict", hasattr(sp, "__dict__"), "weakref ok", end=" ")
try:
    weakref.ref(sp)
    print(True)
except TypeError as e:
    print("TypeError:", e)
try:
    sp.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print("slot descriptors", type(SlotPoint.x).__name__, SlotPoint.x)
pts = [Point(i, i) for i in range(100)]
spts = [SlotPoint(i, i) for i in range(100)]
print("100 points", sum(sys.getsizeof(q) + sys.getsizeof(q.__dict__) for q in pts), sum(sys.getsizeof(q) for q in spts))

print("interning")
a = "hello world!"
b = "hello " + "world!"
c = "".join(["hello ", "world!"])
print("literal folding same", a is b, "join same", a is c)
ci = sys.intern(c)
print("interned same", sys.intern(a) is ci, ci is a)
names = [sys.intern("key_" + str(i % 10)) for i in range(100)]
print("distinct interned", len(set(map(id, names))))
x = "abc"
print("identifier-like same", x is "abc".lower() if False else x is "abc")
s1 = str(12345); s2 = str(12345)
print("str(int) same", s1 is s2, sys.getrefcount(sys.intern(s1)) > 0)
print("single chars", chr(97) is "a", "ab"[0] is "a", "\xe9"[0] is chr(233))

print("memoryview slicing")
data = bytearray(b"x" * 10000)
mv = memoryview(data)
part = mv[100:200]
print("part", len(part), part.nbytes, part.obj is data, sys.getsizeof(part))
part[0] = ord("Y")
print("shared", data[100], data[99])
copy = bytes(data[100:200])
print("bytes slice copies", sys.getsizeof(copy), sys.getsizeof(data[100:200]))
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
part.release(); mv.release()
data.append(1)
print("after release", len(data))
try:
    part[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"abcdef") as m:
    print(m[1:4].tobytes(), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print("released", repr(m)[:16])

print("object pools")
class Pool:
    def __init__(self, factory, size):
        self._free = [factory() for _ in range(size)]
        self.created = size
        self.factory = factory
    def acquire(self):
        if self._free:
            return self._free.pop()
        self.created += 1
        return self.factory()
    def release(self, obj):
        self._free.append(obj)
class Conn:
    n = 0
    def __init__(self):
        Conn.n += 1
        self.id = Conn.n
pool = Pool(Conn, 3)
got = [pool.acquire() for _ in range(5)]
print("ids", [g.id for g in got], "created", pool.created)
for g in got:
    pool.release(g)
again = [pool.acquire() for _ in range(5)]
print("reused", [g.id for g in again], "created", pool.created)
print("refcounts", [sys.getrefcount(g) for g in again[:2]])
del got
print("refcounts after del", [sys.getrefcount(g) for g in again[:2]])
