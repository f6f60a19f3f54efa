from abc import ABC, abstractmethod
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area:.2f} perim={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def area(self):
        print("  (square area via super)")
        return super().area
print(Rect(2, 3).describe(), Square(2).describe())
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
class Half(Shape):
    def perimeter(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
r = Rect(1, 1)
p = Proxy(r)
p.w = 10
print(p.area, p.w, p._log)
del p.h
print(hasattr(r, "h"), p._log[-1])
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Traced:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  access", name)
        return super().__getattribute__(name)
    def __init__(self):
        self.x = 1
    def method(self):
        return self.x + 1
t = Traced()
print(t.method())

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        if isinstance(o, Vector):
            return Vector(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return self.__add__(o)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __lt__(self, o):
        return abs(self) < abs(o)
vs = [Vector(3, 4), Vector(1, 1), Vector(0, 0)]
print(sum(vs), 2 * vs[0], -vs[1], abs(vs[0]), bool(vs[2]), list(vs[0]), vs[0][1], len(vs[0]), sorted(vs), max(vs), {vs[0]: 1}[Vector(3, 4)])
x, y = vs[0]
print(x, y, Vector(1, 2) == Vector(1, 2), Vector(1, 2) != Vector(2, 1), Vector(1, 2) == (1, 2))
for bad in ["vs[0] + 1", "vs[0] @ vs[1]", "vs[0] < 5", "vs[0].z = 1", "Vector(1)", "'abc' * vs[0]", "vs[0] <= vs[1]", "hash([])", "{[]: 1}", "len(5)", "iter(5)", "next([])", "5()", "None.x", "int('12a')", "[].pop()", "{}.popitem()", "(1, 2).append(3)", "'a' + 1", "1 + 'a'", "[1] + (2,)", "divmod(1, 0)", "1.0 / 0", "2 ** -1 % 0", "int(None)", "float('x')", "ord('ab')", "chr(-1)", "range(1.5)", "list(range(3))[5]", "'abc'.index('z')", "[1, 2].index(9)", "set().remove(1)", "dict(a=1)['b']", "abs('x')", "sum(['a', 'b'])", "min([])", "round('1')", "sorted([1, 'a'])", "object().x", "type('X', (), {})().y", "memoryview('x')", "bytes('abc')", "tuple(1)"]:
    try:
        eval(bad)
        print(bad, "ok")
    except Exception as e:
        print(f"{bad:<22} {type(e).__name__}: {e}")
