import sys
import gc

print("list growth by append")
l = []
last = sys.getsizeof(l)
print(0, last)
for i in range(70):
    l.append(i)
    s = sys.getsizeof(l)
    if s != last:
        print(len(l), s)
        last = s
print("pop down")
while l:
    l.pop()
    s = sys.getsizeof(l)
    if s != last:
        print(len(l), s)
        last = s

print("insert growth")
l = []
sizes = []
for i in range(20):
    l.insert(0, i)
    sizes.append(sys.getsizeof(l))
print(sizes)
print("extend growth")
l = []
for k in (1, 2, 5, 10, 3, 20, 100):
    l.extend(range(k))
    print(len(l), sys.getsizeof(l))
print("+= and *=")
l = [0]
for _ in range(6):
    l += l
    print(len(l), sys.getsizeof(l))
l = [1, 2, 3]
l *= 5
print(len(l), sys.getsizeof(l))

print("ways to build 10 and 100 items")
for n in (0, 1, 10, 100, 1000):
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof([0] * n),
          sys.getsizeof([i for i in range(n)]), sys.getsizeof(list(i for i in range(n))),
          sys.getsizeof([*range(n)]), sys.getsizeof(list(tuple(range(n)))),
          sys.getsizeof(sorted(range(n))), sys.getsizeof(list(map(int, range(n)))))

print("list slicing and copies")
base = list(range(37))
print(sys.getsizeof(base[:]), sys.getsizeof(base.copy()), sys.getsizeof(base[::2]),
      sys.getsizeof(base[1:5]), sys.getsizeof(base + base), sys.getsizeof(base * 2))

print("dict growth")
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(200):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
print("after deleting all but 3")
for i in range(3, 200):
    del d[i]
print(len(d), sys.getsizeof(d))
d[1000] = 1
print("after one insert", sys.getsizeof(d))
print("clear", (d.clear(), sys.getsizeof(d))[1])
print("dict constructors", sys.getsizeof(dict()), sys.getsizeof(dict(a=1)),
      sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof({i: i for i in range(10)}),
      sys.getsizeof(dict(zip(range(10), range(10)))), sys.getsizeof(dict.fromkeys("abcdefghij")))
print("str-keyed dicts", [sys.getsizeof({str(i): i for i in range(n)}) for n in (1, 5, 6, 11, 22, 43, 86)])

print("set growth")
st = set()
last = sys.getsizeof(st)
print(0, last)
for i in range(300):
    st.add(i)
    s = sys.getsizeof(st)
    if s != last:
        print(len(st), s)
        last = s
print("set constructors", [sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 10, 19, 20, 50, 100)])
print("frozensets", [sys.getsizeof(frozenset(range(n))) for n in (0, 1, 4, 5, 10, 19, 20, 50, 100)])
print("set comp", [sys.getsizeof({i for i in range(n)}) for n in (0, 1, 4, 5, 10, 19, 20, 50, 100)])

print("strings")
for s in ["", "a", "ab", "abc" * 10, "é", "éé", "\u20ac", "\u20ac" * 10, "\U0001F600", "\U0001F600" * 10,
          "a\u20ac", "a\U0001F600", "\x80", "\xff" * 5, str(10**10), "x" * 1000]:
    print(repr(s)[:20], len(s), sys.getsizeof(s))
u = "héllo"
print("encoded", sys.getsizeof(u.encode()), sys.getsizeof(u.encode("utf-16")), sys.getsizeof(u.upper()))

print("bytes and bytearray")
print([sys.getsizeof(bytes(n)) for n in (0, 1, 2, 10, 100)])
ba = bytearray()
last = sys.getsizeof(ba)
print(0, last)
for i in range(100):
    ba.append(i)
    s = sys.getsizeof(ba)
    if s != last:
        print(len(ba), s)
        last = s
print([sys.getsizeof(bytearray(n)) for n in (0, 1, 2, 10, 100)])
print(sys.getsizeof(bytearray(b"abc") + b"def"), sys.getsizeof(bytearray(b"x") * 50))

print("tuples", [sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 3, 10, 100)])
print("ints", [sys.getsizeof(v) for v in (0, 1, -1, 2**29, 2**30, 2**31, 2**60, 2**63, 2**64, 2**90, 10**100, -(10**100))])
print("bools", sys.getsizeof(True), sys.getsizeof(False))
print("floats", sys.getsizeof(0.0), sys.getsizeof(float("inf")), sys.getsizeof(1e308))
print("complex", sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))
print("range", sys.getsizeof(range(0)), sys.getsizeof(range(10**20)))
print("slice", sys.getsizeof(slice(1, 2, 3)))
print("None", sys.getsizeof(None), sys.getsizeof(Ellipsis), sys.getsizeof(NotImplemented))

class P:
    pass
class PS:
    __slots__ = ()
class PS2:
    __slots__ = ("a", "b", "c")
class PSD:
    __slots__ = ("a", "__dict__")
class PSW:
    __slots__ = ("a", "__weakref__")
for cls in (P, PS, PS2, PSD, PSW):
    inst = cls()
    print(cls.__name__, sys.getsizeof(inst), sys.getsizeof(cls) > 0, type(cls).__name__)
p = P()
print("instance dict", sys.getsizeof(p.__dict__))
p.a = 1; p.b = 2
print("instance dict 2 attrs", sys.getsizeof(p.__dict__), sys.getsizeof(p))

def f(): pass
def g(): yield 1
async def co(): pass
c = co()
print("function", sys.getsizeof(f), "generator", sys.getsizeof(g()), "coroutine", sys.getsizeof(c))
c.close()
print("lambda", sys.getsizeof(lambda: 0), "bound", sys.getsizeof(p.__init__ if False else P().__repr__))
print("module", sys.getsizeof(sys), sys.getsizeof(gc))
print("frame", sys.getsizeof(sys._getframe()))
print("cell", sys.getsizeof(f.__code__) > 0)

def deep_sizeof(obj):
    seen = set()
    total = 0
    todo = [obj]
    while todo:
        o = todo.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, type):
            continue
        todo.extend(gc.get_referents(o))
    return total
print("deep list of strs", deep_sizeof(["abc", "defg", "hij"]))
print("deep dict", deep_sizeof({"a": [1, 2, 3], "b": {"c": (4, 5)}}))
print("deep nested", deep_sizeof([[i] * 3 for i in range(10)]))
