# sys.getsizeof tables: list/dict/set/bytearray growth, creators compared, str kinds, numbers,
# instances with and without __slots__, callables, generators, coroutines, frames, iterators.
import sys, array, types, asyncio

def row(label, obj):
    print(f"{label:<34}{sys.getsizeof(obj):>8}")

print("== list growth: append")
l = []
last = sys.getsizeof(l)
for i in range(70):
    l.append(i)
    s = sys.getsizeof(l)
    if s != last:
        print(f"  len={len(l):>3} size={s}")
        last = s
print("== list growth: insert(0)")
l = []
last = None
for i in range(40):
    l.insert(0, i)
    s = sys.getsizeof(l)
    if s != last:
        print(f"  len={len(l):>3} size={s}")
        last = s
print("== list shrink: pop")
last = None
while l:
    l.pop()
    s = sys.getsizeof(l)
    if s != last:
        print(f"  len={len(l):>3} size={s}")
        last = s
print("== extend vs +=")
for n in (1, 5, 10, 17, 100):
    a = []; a.extend(range(n))
    b = []; b += [0] * n
    c = list(range(n)); d = [0] * n; e = [i for i in range(n)]
    print(f"  n={n:>3} extend={sys.getsizeof(a)} +={sys.getsizeof(b)} list()={sys.getsizeof(c)} *={sys.getsizeof(d)} comp={sys.getsizeof(e)}")
print("== slices and copies")
base = list(range(50))
row("base[:]", base[:])
row("base[::2]", base[::2])
row("base.copy()", base.copy())
row("sorted(base)", sorted(base))
row("list(reversed(base))", list(reversed(base)))
row("base * 2", base * 2)
row("base + base", base + base)

print("== dict growth")
d = {}
last = sys.getsizeof(d)
print(f"  empty {last}")
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(f"  len={len(d):>3} size={s}")
        last = s
for i in range(95):
    del d[i]
print("  after deleting 95:", sys.getsizeof(d), "copy:", sys.getsizeof(d.copy()), "dict():", sys.getsizeof(dict(d)))
d.clear()
print("  after clear:", sys.getsizeof(d))
row("dict.fromkeys(range(10))", dict.fromkeys(range(10)))
row("{str: i} 10", {str(i): i for i in range(10)})
row("dict(a=1, b=2)", dict(a=1, b=2))

print("== set growth")
s = set()
last = sys.getsizeof(s)
for i in range(100):
    s.add(i)
    z = sys.getsizeof(s)
    if z != last:
        print(f"  len={len(s):>3} size={z}")
        last = z
row("frozenset(range(5))", frozenset(range(5)))
row("set('hello world')", set("hello world"))

print("== str kinds")
for v in ["", "a", "ab", "é", "éé", "€", "€€", "😀", "😀😀", "a" * 100, "é" * 100, "€" * 100, "😀" * 100]:
    print(f"  {v[:3]!r:<10} len={len(v):>3} size={sys.getsizeof(v)}")
print("== bytes / bytearray")
ba = bytearray()
last = None
for i in range(40):
    ba.append(i)
    z = sys.getsizeof(ba)
    if z != last:
        print(f"  bytearray len={len(ba):>3} size={z}")
        last = z
for n in (0, 1, 10, 100):
    print(f"  bytes({n})={sys.getsizeof(bytes(n))} bytearray({n})={sys.getsizeof(bytearray(n))}")

print("== numbers")
for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**90, -2**90, 10**100, True, False, 1.0, 1e300, 1j, complex(1, 2)]:
    print(f"  {type(v).__name__:<8}{str(v)[:20]:<22}{sys.getsizeof(v)}")

print("== misc")
row("range(10)", range(10))
row("range(10**20)", range(10**20))
row("slice(1,2,3)", slice(1, 2, 3))
row("()", ())
row("(1,)", (1,))
row("tuple(range(10))", tuple(range(10)))
row("None", None)
row("Ellipsis", ...)
class Plain: pass
class Slot: __slots__ = ("a", "b", "c")
class Slot0: __slots__ = ()
row("Plain()", Plain())
row("Slot()", Slot())
row("Slot0()", Slot0())
row("Plain (class)", Plain)
row("Slot (class)", Slot)
def f(a, b=2): return a
row("function", f)
row("lambda", lambda: 0)
def gen(): yield 1
row("generator", gen())
async def coro(): return 1
c = coro()
row("coroutine", c)
c.close()
row("module sys", sys)
row("array('i', range(10))", array.array("i", range(10)))
row("array('d')", array.array("d"))
row("memoryview(b'abc')", memoryview(b"abc"))
row("iter([])", iter([]))
row("enumerate([])", enumerate([]))
row("zip()", zip())
row("map(int, [])", map(int, []))
row("frame", sys._getframe())
row("bound method", Plain().__init__)
row("property", property())
