# Plugin registry with __init_subclass__, __class_getitem__, descriptors and metaclasses.
import functools

class Registry:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Registry.plugins:
            raise ValueError(f"duplicate plugin {key!r}")
        Registry.plugins[key] = cls
        cls.key = key

class Alpha(Registry): pass
class Beta(Registry, name="b"): pass
try:
    class Gamma(Registry, name="b"): pass
except ValueError as e:
    print("error:", e)
print(sorted(Registry.plugins), Alpha.key, Beta.key)
try:
    class Bad(Registry, color="red"): pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)

class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"__set_name__({owner.__name__}, {name!r})")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)

class Lazy:
    def __init__(self, func):
        self.func = func
        functools.update_wrapper(self, func)
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class Point:
    x = Typed(int, 0)
    y = Typed(int, 0)
    label = Typed(str, "?")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @Lazy
    def norm2(self):
        print("computing norm2")
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(p.x, p.y, p.label, p.norm2, p.norm2)
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
del p.y
print(p.y, vars(p))
print(isinstance(Point.x, Typed), Point.norm2.__name__)

class NonData:
    def __get__(self, obj, cls):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("created_by", mcls.__name__)
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith("_")]
        return cls
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__({cls.__name__}, {args}, {kwargs})")
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return len(cls.fields)
    def __iter__(cls):
        return iter(cls.fields)
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Model(metaclass=Meta):
    a = 1
    b = 2
    def method(self): return "m"

m = Model()
print(Model, len(Model), list(Model), Model.created_by, Model.upper_name, type(Model).__name__)
class Sub(Model):
    c = 3
print(Sub, list(Sub), isinstance(Sub, Meta), Sub.__mro__)

class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Dyn()
print(d.real, d.get_thing(), hasattr(d, "nope"), getattr(d, "nope", "default"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __init__(self):
        self.log = []
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def hello(self):
        return "hi"
lg = Logged()
lg.hello(); lg.hello
try:
    lg.missing
except AttributeError as e:
    print("AttributeError:", e)
print(lg.log)

T = type("T", (object,), {"x": 5, "__repr__": lambda self: "T()"})
print(T(), T.x, T.__name__, T.__qualname__, T.__module__)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
