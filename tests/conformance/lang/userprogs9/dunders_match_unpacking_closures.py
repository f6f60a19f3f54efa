import math, operator
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(f"!! {type(e).__name__}: {e}")
class P:
    @property
    def x(self): return 1
t(lambda: setattr(P(), "x", 2))
t(lambda: delattr(P(), "x"))
class P2:
    def _g(self): return 1
    x = property(_g, doc="the x")
t(lambda: (P2.x.__doc__, P2().x))
t(lambda: setattr(P2(), "x", 5))
def slots_conflict():
    class A:
        __slots__ = ("x",)
        x = 1
t(slots_conflict)
def slots_dict():
    class A:
        __slots__ = ("__dict__", "y")
    a = A(); a.z = 1; a.y = 2
    return a.__dict__, a.y
t(slots_dict)
def slots_inherit():
    class A:
        __slots__ = ("a",)
    class B(A):
        __slots__ = ("b",)
    b = B(); b.a = 1; b.b = 2
    try:
        b.c = 3
    except AttributeError as e:
        return str(e)
t(slots_inherit)
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c))) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return self * -1
    def __abs__(self): return math.hypot(*self.c)
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __round__(self, n=None): return Vec(*(round(a, n) for a in self.c))
    def __format__(self, spec): return "<" + ", ".join(format(a, spec) for a in self.c) + ">"
v, w = Vec(1, 2), Vec(3, 4)
t(lambda: (v + w, 3 * v, v * 3, v @ w, -v, abs(w), sum([v, w]), v == Vec(1, 2), bool(Vec(0, 0)), len(v), list(v), v[-1], 2 in v, round(Vec(1.26, 2.5), 1), f"{w:.1f}"))
t(lambda: hash(v))
t(lambda: v + 1)
t(lambda: 1 + v)
t(lambda: v - w)
t(lambda: v < w)
t(lambda: v @ 2)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x): self.items.append(x); return self
a = Acc(); a += 5; a += 6
t(lambda: a.items)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n0 = NoIadd(1); n1 = n0; n1 += 2
t(lambda: (n0.v, n1.v, n0 is n1))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: (list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([*Seq()]))))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(lambda: ("abcdef"[Num(1):Num(4)], [1, 2, 3][Num(-1)], bin(Num(5)), hex(Num(255)), range(Num(3)), operator.index(Num(7))))
class Fl:
    def __float__(self): return 2.5
    def __trunc__(self): return 2
    def __floor__(self): return 2
    def __ceil__(self): return 3
t(lambda: (float(Fl()), math.trunc(Fl()), math.floor(Fl()), math.ceil(Fl()), math.sqrt(Fl())))
t(lambda: int(Fl()))
class Miss(dict):
    def __missing__(self, k): return k * 2
t(lambda: (Miss()["ab"], Miss(a=1)["a"], Miss().get("zz")))
class CM:
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.swallow
def cm1():
    with CM(True) as c:
        raise KeyError("k")
    return "after"
t(cm1)
def cm2():
    with CM(False), CM(True):
        raise ValueError("v")
    return "after2"
t(cm2)
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
t(fin)
def fin2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
t(fin2)
def match_demo(obj):
    match obj:
        case []: return "empty"
        case [x]: return f"one {x}"
        case [x, *rest] if x > 10: return f"big head {x} rest {rest}"
        case (1 | 2 | 3) as small: return f"small {small}"
        case {"type": "point", "x": x, **others}: return f"point x={x} others={others}"
        case Vec(c=(a, b)): return f"vec {a},{b}"
        case str() as s if s.isdigit(): return f"digits {s}"
        case str(s): return f"str {s}"
        case float(f) | int(f): return f"number {f}"
        case _: return "other"
for o in [[], [5], [20, 1, 2], [1, 2], 2, {"type": "point", "x": 1, "y": 2}, Vec(1, 2), "42", "hi", 2.5, 7, None]:
    print(match_demo(o))
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Pt(0, 0): return "origin"
        case Pt(0, y): return f"y-axis {y}"
        case Pt(x, 0): return f"x-axis {x}"
        case Pt(x=x, y=y) if x == y: return "diagonal"
        case Pt(): return "somewhere"
for p in [Pt(0, 0), Pt(0, 3), Pt(2, 0), Pt(4, 4), Pt(1, 2)]:
    print(where(p))
def bad_match():
    match Pt(1, 2):
        case Pt(1, 2, 3): pass
t(bad_match)
def walrus():
    data = [1, 5, 12, 7, 20]
    return [y for x in data if (y := x * 2) > 10], y
t(walrus)
first, *middle, last = range(6)
t(lambda: (first, middle, last))
t(lambda: [*range(2), *"ab", *{"k": 1}])
t(lambda: {**{"a": 1}, "b": 2, **dict(c=3)})
def unpack_err():
    a, b = [1, 2, 3]
t(unpack_err)
def unpack_err2():
    a, b, c = [1, 2]
t(unpack_err2)
def unpack_err3():
    a, *b, c = [1]
t(unpack_err3)
def unpack_err4():
    a, b = 5
t(unpack_err4)
counter = 0
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = outer()
t(lambda: (inc(), inc(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars))
def deco_args(times):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@deco_args(3)
def hello(n): return f"hi {n}"
t(lambda: (hello("x"), hello.__name__))
t(lambda: (lambda *a, **k: (a, k))(1, 2, x=3))
t(lambda: sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1)))
t(lambda: max(["aa", "b", "ccc"], key=len) + min("hello"))
t(lambda: list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
t(lambda: list(filter(None, [0, 1, "", "a", None, [], [0]])))
t(lambda: dict(zip("abc", range(3)), d=4))
t(lambda: list(enumerate("ab", start=10)))
t(lambda: [x for x in range(3) for y in range(x)])
t(lambda: {x % 3 for x in range(10)})
t(lambda: (i for i in range(3)).__next__())
t(lambda: isinstance(True, int) and issubclass(bool, (str, int)))
t(lambda: (0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e16 + 1, 2 ** 63, -7 // 2, -7 % 3, 7 % -3, 3.0 // 2, 2 ** -1))
t(lambda: (1_000_000, 0b1010, 0o17, 0xff, 1e-3, 1j * 1j, complex(3, 4).conjugate(), abs(3 + 4j)))
t(lambda: ("%.2f" % 2.675, f"{2.675:.2f}", round(2.675, 2), f"{1234.5:,.1f}", f"{0.000012345:.3e}", f"{1e21}", str(1e16), repr(1/3)))
