# sys.getsizeof tables a blog prints: values of every common type, then list, dict,
# set and bytearray growth while appending, ints by magnitude, instances with and
# without __slots__, strings built by +=, comprehensions against constructors.
import sys
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
from decimal import Decimal
from fractions import Fraction
import array

print(f"{'object':<34}{'type':<16}{'size':>6}")
print("-" * 56)
samples = [
    0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**100, -2**100, 10**50,
    0.0, 1.5, complex(1, 2), True, False, None, ...,
    "", "a", "hello", "é", "日本", "😀", "a" * 100, "é" * 100,
    b"", b"abc", bytearray(), bytearray(b"abc"),
    (), (1,), (1, 2, 3), [], [1], [1, 2, 3], list(range(10)),
    {}, {"a": 1}, dict.fromkeys(range(10)), set(), {1, 2, 3}, frozenset(),
    frozenset(range(10)), range(10), slice(1, 2), deque(), deque(range(100)),
    OrderedDict(), defaultdict(list), Counter("hello"),
    array.array("i"), array.array("i", range(10)), array.array("d", [1.0] * 5),
    Decimal("1.5"), Fraction(1, 3), memoryview(b"abc"),
    iter([]), iter(()), iter(""), iter({}), reversed([]), enumerate([]), zip(), map(len, []),
    len, print, object(), type, int,
]
for s in samples:
    r = repr(s) if " at 0x" not in repr(s) else type(s).__name__
    if len(r) > 30:
        r = r[:27] + "..."
    print(f"{r:<34}{type(s).__name__:<16}{sys.getsizeof(s):>6}")

print()
print("list growth while appending:")
lst = []
last = sys.getsizeof(lst)
print(f"  len=0 size={last}")
for i in range(70):
    lst.append(i)
    now = sys.getsizeof(lst)
    if now != last:
        print(f"  len={len(lst)} size={now} (+{now - last})")
        last = now

print("dict growth:")
d = {}
last = sys.getsizeof(d)
for i in range(100):
    d[i] = i
    now = sys.getsizeof(d)
    if now != last:
        print(f"  len={len(d)} size={now}")
        last = now
print("dict with str keys growth:")
d = {}
last = sys.getsizeof(d)
for i in range(50):
    d[f"k{i}"] = i
    now = sys.getsizeof(d)
    if now != last:
        print(f"  len={len(d)} size={now}")
        last = now

print("set growth:")
s = set()
last = sys.getsizeof(s)
for i in range(100):
    s.add(i)
    now = sys.getsizeof(s)
    if now != last:
        print(f"  len={len(s)} size={now}")
        last = now

print("bytearray growth:")
ba = bytearray()
last = sys.getsizeof(ba)
for i in range(100):
    ba.append(i)
    now = sys.getsizeof(ba)
    if now != last:
        print(f"  len={len(ba)} size={now}")
        last = now

print("int sizes by magnitude:")
for bits in (0, 1, 15, 29, 30, 31, 59, 60, 61, 89, 90, 200, 1000):
    n = 2 ** bits
    print(f"  2**{bits:<5} {sys.getsizeof(n)}  neg {sys.getsizeof(-n)}")

class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

class Slotted:
    __slots__ = ("a", "b", "c")
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

class Empty:
    pass

class EmptySlots:
    __slots__ = ()

p, s = Plain(), Slotted()
print("Plain instance:", sys.getsizeof(p), "dict:", sys.getsizeof(p.__dict__))
print("Slotted instance:", sys.getsizeof(s))
print("Empty:", sys.getsizeof(Empty()), "EmptySlots:", sys.getsizeof(EmptySlots()))
print("Plain class:", sys.getsizeof(Plain) > 0)
Point = namedtuple("Point", "x y")
print("namedtuple:", sys.getsizeof(Point(1, 2)))
many = [Plain() for _ in range(3)]
print("dict sizes of many:", [sys.getsizeof(m.__dict__) for m in many])
many[0].d = 4
print("after adding attr:", sys.getsizeof(many[0].__dict__))
for k in "efghijk":
    setattr(many[1], k, 1)
print("after many attrs:", sys.getsizeof(many[1].__dict__))

print("str concatenation sizes:")
acc = ""
for i in range(5):
    acc += "xy"
    print(" ", len(acc), sys.getsizeof(acc))
print("str methods:", sys.getsizeof("abc".upper()), sys.getsizeof(" x ".strip()), sys.getsizeof("a,b".split(",")))
print("list comp vs list():", sys.getsizeof([i for i in range(10)]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10))
print("tuple():", sys.getsizeof(tuple(range(10))))
print("set comp:", sys.getsizeof({i for i in range(10)}), sys.getsizeof(set(range(10))))
print("dict comp:", sys.getsizeof({i: i for i in range(10)}), sys.getsizeof(dict(zip(range(10), range(10)))))
print("sizeof default:", sys.getsizeof(object(), 5))
