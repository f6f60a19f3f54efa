import math

class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r}, {self.z!r})"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; self.z += o.z
        return self
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k, self.z * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.sqrt(self @ self)
    def __bool__(self):
        return bool(self.x or self.y or self.z)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)
    def __iter__(self):
        yield self.x; yield self.y; yield self.z
    def __format__(self, spec):
        if not spec:
            return str(self)
        return "<" + ", ".join(format(c, spec) for c in self) + ">"
    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, -a, a @ b, abs(Vec(3, 4)))
print(bool(Vec()), bool(a), a == Vec(1, 2, 3), a != b)
c = a
c += b
print(a, c is a)
print(f"{a:.2f}", f"{b:>6}", format(Vec(1.5, 2.25, 3), "08.3f"), f"{a}")
print(list(a), tuple(b), max(a), sorted(b, reverse=True), a[-1], a[0:2])
x, y, z = b
print(x, y, z)
print(hash(a) if type(a).__hash__ else "unhashable", Vec.__hash__)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a.w = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a @ 3
except AttributeError as e:
    print("AttributeError:", e)
print(sum([a, b], Vec()))
class Vec2(Vec):
    __slots__ = ()
v = Vec2(1, 1, 1)
print(v, v * 2, type(v * 2).__name__)
print(sum([a, b]))
