class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        print(f"Registry.__new__({name!r}, kwargs={kwargs})")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.tag = kwargs.get("tag", name[:3])
    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

class Plugin(metaclass=Registry):
    def run(self):
        return f"{type(self).__name__} running"

class Alpha(Plugin, tag="A!"):
    pass

class Beta(Plugin):
    def __init__(self, x):
        self.x = x

print(Registry.registry)
print(Alpha.tag, Beta.tag, Alpha().run(), Beta(5).x)
print(type(Alpha), isinstance(Alpha, Registry), Alpha.__mro__)

class Base:
    subclasses = []
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)

class A(Base, prefix="a_"):
    pass
class B(A):
    pass
print(Base.subclasses, A.prefix, B.prefix)
try:
    class C(Base, unknown=1, prefix="c"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
        self.values = {}

c1 = Config(); c2 = Config()
print(c1 is c2)

class Vec:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Vec[int], Vec["x"], Vec[1, 2])

class Auto(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"created_by": "Auto"}
class Z(metaclass=Auto):
    x = 1
print(Z.created_by, Z.x)

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
class SubSlots(Slots):
    __slots__ = ("c",)
class SubDict(Slots):
    pass
s = SubSlots()
s.c = 3
print(s.a, s.c, hasattr(s, "__dict__"), SubDict().__dict__)
try:
    s.d = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
try:
    class M1(type): pass
    class M2(type): pass
    class P1(metaclass=M1): pass
    class P2(metaclass=M2): pass
    class P3(P1, P2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class X(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(object, Base): pass
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Base,), {"hello": lambda self: "hi", "__repr__": lambda self: "<Dyn>"})
print(Dyn().hello(), Dyn(), Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Base.subclasses)
print(type.__name__, type(type), Registry.__class__, Registry.__mro__)
class Meta(type):
    def describe(cls):
        return f"I am {cls.__name__}"
    @property
    def upper(cls):
        return cls.__name__.upper()
class W(metaclass=Meta): pass
print(W.describe(), W.upper)
try:
    W().describe()
except AttributeError as e:
    print("AttributeError:", e)
