import functools

def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    inc.reset = reset
    return inc
c1, c2 = make_counter(), make_counter(10, 5)
print(c1(), c1(), c2(), c1.reset(), c1(), c1.__closure__ is not None, [type(x).__name__ for x in c1.__closure__])
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(times=3)
def roll(x):
    return x * 2
print(roll(4), roll.__name__)

def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls
registry = {}
@register
class Alpha: pass
@register
class Beta(Alpha): pass
print(sorted(registry), Beta.registered, Alpha().registered)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("tag", name.upper())
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "Meta"
        return inst
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return 42
class Base(metaclass=Meta, flavor="x"):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    tag = "custom"
print(Base, Child, Base.tag, Child.tag, Base.kw, Child.kw, len(Child), Child(3).created_by, type(Child).__name__, isinstance(Child, Meta))

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.plugins.append(cls.plugin_name)
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
print(Plugin.plugins, P1.plugin_name)
try:
    class P3(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)

class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        delattr(obj, self.name)
class Point:
    x = Typed(int, 0)
    y = Typed(int, 0)
    __slots__ = ("_x", "_y", "__weakref__")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Point):
            return Point(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return Point(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __neg__(self):
        return Point(-self.x, -self.y)
    def __mul__(self, k):
        return Point(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __contains__(self, v):
        return v in (self.x, self.y)
p = Point(1, 2)
q = Point(3, 4)
print(p + q, p + 1, 1 + p, 2 * p, p * 3, -p, abs(q), bool(Point()), p == Point(1, 2), p != q, f"{q:03d}", list(p), 2 in p, 5 in p)
p += q
print(p, sum([Point(1, 1), Point(2, 2)], Point()), sorted([q, p], key=abs))
try:
    p.x = "a"
except TypeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p + "s"
except TypeError as e:
    print(e)
del p.x
print(p.x, Point.x.name, type(Point.__dict__["x"]).__name__, hasattr(p, "__dict__"))
print(Point.__slots__, [s for s in dir(p) if s.startswith("_") and not s.startswith("__")])

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        raise AttributeError("can't delete temperature")
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
for action in (lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "celsius"), lambda: setattr(t, "celsius", -300)):
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)

class Lazy:
    def __init__(self):
        self.loaded = {"a": 1}
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: self.loaded.get(name[4:], "?")
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.get_a(), l.get_b(), l.loaded, getattr(l, "nope", "default"))
try:
    l.nope
except AttributeError as e:
    print(e)

class Audited:
    def __init__(self):
        self.log = []
        self.v = 1
    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        if name != "log":
            print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
a = Audited()
a.v; a.v; a.w = 2
del a.w
print(a.log)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)), 3 in Countdown(5))
class Box:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
print(bool(Box([])), bool(Box([0])), len(Box("abc")))
class Bad:
    def __len__(self): return -1
try:
    len(Bad())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
