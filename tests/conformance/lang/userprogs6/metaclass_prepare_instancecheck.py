from collections import OrderedDict
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedDict()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = [k for k in ns if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Form(metaclass=OrderedMeta, flavor="x"):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Form._order)
class EvenMeta(type):
    def __instancecheck__(cls, obj): return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub): return sub is bool
class Even(metaclass=EvenMeta): pass
print(isinstance(4, Even), isinstance(3, Even), issubclass(bool, Even), issubclass(int, Even))
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Rec:
    def __init__(self, a, b): self.a, self.b = a, b
print(Rec(1, "x"))
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting"); self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp(); t.celsius = 100; print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
class Desc:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Late: pass
Late.d = Desc()
class Early:
    d = Desc()
class Counted:
    instances = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
class CA(Counted): pass
class CB(Counted): pass
CA(); CA(); CB()
print(Counted.instances, CA.instances, CB.instances)
try:
    object.__new__(Counted, 1)
    print("ok object.__new__ with args (Counted overrides __new__)")
except TypeError as e:
    print("TypeError:", e)
class NoNew:
    pass
try:
    NoNew(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self): pass
try:
    InitOnly(1)
except TypeError as e:
    print("TypeError:", e)
class StaticStuff:
    count = 0
    @staticmethod
    def util(x): return x * 2
    @classmethod
    def make(cls): cls.count += 1; return cls()
print(StaticStuff.util(3), StaticStuff().util(4), StaticStuff.make().count, type(StaticStuff.__dict__["util"]).__name__, StaticStuff.util.__name__)
class Meta3(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.created = True
        return inst
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
class WithMeta(metaclass=Meta3):
    def __init__(self, v): self.v = v
w = WithMeta(3); print(w.v, w.created, WithMeta[int], type(WithMeta).__name__, WithMeta.__class__.__mro__[0].__name__)
Dyn = type("Dyn", (WithMeta,), {"extra": lambda self: self.v + 1})
print(Dyn(5).extra(), Dyn(5).created, Dyn.__bases__[0].__name__)
print(type(type), type(object), isinstance(type, object), isinstance(object, type), issubclass(type, object), object.__bases__, type.__bases__)
class Abstractish:
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in required if not hasattr(cls, r)]
        if missing: raise TypeError(f"{cls.__name__} missing {missing}")
try:
    class Impl(Abstractish, required=("run",)): pass
except TypeError as e:
    print("TypeError:", e)
class Impl2(Abstractish, required=("run",)):
    def run(self): return "running"
print(Impl2().run())
