from functools import total_ordering
import math

class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __format__(self, spec):
        if spec.endswith("p"):
            return f"<{self.x:{spec[:-1]}}, {self.y:{spec[:-1]}}>"
        return format(str(self), spec)
    def __iadd__(self, o):
        print("iadd")
        return self + o

v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v * 3, 3 * v, v @ w, -v, abs(w))
print(sum([v, w], Vec(0, 0)), sum([v, w, 5]) if False else "skip")
try:
    v * "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - v
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
print(v == Vec(1, 2), v != w, v == 3, bool(Vec(0, 0)), bool(v))
u = v
u += w
print(u, v, u is v)
print(f"{v:.2fp}|{v:>12}|{v!r:^16}|{v!s}")
print({v, Vec(1, 2), w})

@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2") > Version("1.9"), Version("1") >= Version("1.0"))

class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Sized(0)), bool(Sized(2)), "yes" if Sized(1) else "no")
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    if BadBool(): pass
except TypeError as e:
    print("TypeError:", e)

for spec, val in [("#x", 255), ("#o", 8), ("#b", 5), ("_", 1234567), (",", 1234567.891), ("_x", 0xdeadbeef),
                  ("e", 12345.6789), (".3e", 0.000123), ("g", 1e-5), ("g", 123456789.0), (".3g", 3.14159), ("=+10", 42),
                  ("=+10.2f", -3.5), ("010.3f", -2.25), ("^9", "mid"), ("*<8", "ab"), (">+8", 7), ("%", 0.256), (".1%", 0.9999),
                  ("c", 65), ("X", 48879), ("08b", 19), ("+", 0.0), ("", -0.0), (".0f", 2.5), (".0f", 3.5), ("n", 1234), ("#.3g", 1.0),
                  ("10s", "hi"), (".2s", "hello"), ("-^11,", 1234567), (" d", 5), (" d", -5), ("e", float("inf")), ("F", float("nan")), ("G", 1e20)]:
    print(repr(spec), repr(format(val, spec)))
print("%r %5.2f %-10s| %c %c %x %X %o %e %g %05d %+d %%" % ("s", 3.14159, "left", 65, "z", 255, 255, 8, 1234.5, 0.0001, 42, 7))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%s" % (1,), "%s %s" % ("a", [1, 2]), "%.3s" % "abcdef", "%*d" % (5, 42))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: format(1, "s"), lambda: format("a", "d"), lambda: "{:x}".format(1.5), lambda: "{0}{1}".format(1), lambda: "{a}".format(b=1), lambda: "{:,d}".format("x"), lambda: f"{1:=^}" , lambda: "%c" % 1234567890]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("{0!r:>8}|{1:<6}|{name:*^9}|{2[1]}|{3.real}".format("a", 2, [1, 2], 3j, name="n"))
print("{{}} {:{w}.{p}f}".format(math.pi, w=10, p=3), f"{'nested':{'>'}{10}}", f"{3+4=}", f"{math.pi=:.2f}")
