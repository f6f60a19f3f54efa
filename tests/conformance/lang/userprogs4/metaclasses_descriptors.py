# Metaclasses (__call__, __prepare__, __new__/__init__ with keywords), __init_subclass__,
# descriptors with __set_name__, lazy properties, __class_getitem__, ABCs, type(),
# __hash__ = None, __new__, __instancecheck__, MRO errors, properties.
import weakref
from abc import ABC, abstractmethod

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Database(metaclass=Singleton):
    def __init__(self, url="sqlite://"):
        self.url = url

d1 = Database("pg://"); d2 = Database()
print(d1 is d2, d2.url, type(Database), type(Database).__name__, Singleton.__mro__)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print(f"__prepare__({name!r}, {[b.__name__ for b in bases]}, {kw})")
        return {"_order": []}
    def __new__(mcs, name, bases, ns, **kw):
        ns["_fields"] = [k for k in ns if not k.startswith("_")]
        cls = super().__new__(mcs, name, bases, ns)
        print(f"__new__ {name} fields={cls._fields}")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __len__(cls):
        return len(cls._fields)
    def __iter__(cls):
        return iter(cls._fields)

class Model(metaclass=OrderedMeta, table="models"):
    id = 0
    name = ""
    def save(self):
        pass

print(Model, len(Model), list(Model), Model.options, isinstance(Model, OrderedMeta))

class Sub(Model, extra=True):
    age = 3
print(Sub, Sub._fields, Sub.options)

class Registry:
    plugins = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.plugins[key or cls.__name__.lower()] = cls

class CsvPlugin(Registry, key="csv"):
    pass
class JsonPlugin(Registry):
    pass
print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)
try:
    class BadPlugin(Registry, nonsense=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.private)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, vars(p), Person.name.kind, type(Person.__dict__["age"]).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)

class LazyProp:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @LazyProp
    def area(self):
        """the area"""
        print("computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]], type(list[int]).__name__)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def sides(self): ...
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.1f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def sides(self):
        return 4

print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

Dynamic = type("Dynamic", (object,), {"x": 1, "hello": lambda self: f"hi {self.x}"})
print(Dynamic().hello(), Dynamic.__name__, Dynamic.__qualname__, Dynamic.__module__, Dynamic.__bases__)

class Base:
    def __eq__(self, other):
        return True
print(Base.__hash__, hash(object()) is not None)
try:
    hash(Base())
except TypeError as e:
    print("TypeError:", e)

class Point:
    __slots__ = ("x", "y", "__weakref__")
    def __new__(cls, x, y):
        print("Point.__new__")
        self = super().__new__(cls)
        return self
    def __init__(self, x, y):
        self.x, self.y = x, y
pt = Point(1, 2)
r = weakref.ref(pt)
print(r() is pt, Point.__slots__, Point.x)

class Meta2(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 0
class Positive(metaclass=Meta2):
    pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Counted:
    count = 0
    def __new__(cls, *args):
        cls.count += 1
        return super().__new__(cls)
class SubCounted(Counted):
    pass
Counted(); SubCounted(); SubCounted()
print(Counted.count, SubCounted.count)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
t = Temp(); t.celsius = 25; print(t.celsius); del t.celsius
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del RO().v
except AttributeError as e:
    print("AttributeError:", e)
