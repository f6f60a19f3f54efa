from abc import ABC, abstractmethod
import typing

class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "meta"
        return inst
    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"

class Plugin(metaclass=PluginMeta):
    def __init__(self, cfg=None):
        self.cfg = cfg or {}

class Echo(Plugin):
    pass
class Upper(Plugin):
    def run(self, s):
        return s.upper()
print(PluginMeta.registry, Echo, type(Echo), Echo().created_by, Upper().run("hi"))
print(isinstance(Echo, PluginMeta), type(Plugin).__mro__, Echo.__mro__)

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        print(f"set {self.name}={value!r}")
        setattr(obj, self.private, value)

class Model:
    fields = []
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

class User(Model, table="people"):
    name = Field()
    age = Field()
class Post(Model):
    title = Field()
u = User()
u.name = "Ann"
u.age = 30
print(u.name, u.age, User.table, User.fields, Post.table, Post.fields, User.name.__class__.__name__)
print(Model[int], User["x"], vars(u))
try:
    class Bad(Model, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    @property
    def name(self):
        return "circle"
class Half(Shape):
    def area(self):
        return 1
print(Circle(2).describe(), Shape.__abstractmethods__, Half.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "degrees C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Counter):
    pass
Sub.make(); Sub.make(); Counter.make()
print(Counter.count, Sub.count, Sub.helper(4), Sub().helper(5), Counter.make.__self__, Sub.make.__func__ is Counter.make.__func__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init config")
print(Config() is Config())
class Meta2(type):
    pass
try:
    class Mixed(Plugin, metaclass=Meta2):
        pass
except TypeError as e:
    print("TypeError:", e)
print(typing.get_type_hints(Model), Plugin.__init__.__qualname__)
Shape()
