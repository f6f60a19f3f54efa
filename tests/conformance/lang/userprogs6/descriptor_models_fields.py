class Field:
    registry = []
    def __init__(self, *, default=None, validator=None):
        self.default, self.validator = default, validator
    def __set_name__(self, owner, name):
        self.name = name
        Field.registry.append(f"{owner.__name__}.{name}")
    def __get__(self, obj, owner):
        if obj is None: return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if self.validator and not self.validator(value):
            raise ValueError(f"invalid {self.name}: {value!r}")
        obj.__dict__[self.name] = value
class ModelMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__[:-1]):
            fields.update({k: v for k, v in vars(base).items() if isinstance(v, Field)})
        cls._fields = fields
        return cls
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields: raise TypeError(f"unknown field {k}")
            setattr(self, k, v)
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields) + ")"
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
class User(Model, table="people"):
    name = Field(validator=lambda v: isinstance(v, str) and v)
    age = Field(default=0, validator=lambda v: isinstance(v, int) and v >= 0)
class Admin(User):
    level = Field(default=1)
    age = Field(default=30)
print(User(name="ann"), Admin(name="root", level=3), User.table, Admin.table, list(Admin._fields), Field.registry)
for kw in [{"name": ""}, {"age": -1}, {"nick": "x"}]:
    try:
        User(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Base:
    @property
    def value(self): return 10
    @property
    def ro(self): return "ro"
class Child(Base):
    @property
    def value(self): return super().value * 2
    @Base.ro.getter
    def ro(self): return "child-" + super().ro
c = Child(); print(c.value, c.ro, Child.value.fget.__name__, isinstance(Child.__dict__["ro"], property))
class Cached:
    def __init__(self, fn): self.fn = fn
    def __set_name__(self, owner, name): self.attr = "_cache_" + name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        if not hasattr(obj, self.attr):
            setattr(obj, self.attr, self.fn(obj))
        return getattr(obj, self.attr)
class Circle:
    def __init__(self, r): self.r = r
    @Cached
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
ci = Circle(2); print(round(ci.area, 3), round(ci.area, 3), sorted(k for k in vars(ci)))
class Method:
    def __get__(self, obj, owner): return lambda *a: (obj is not None, owner.__name__, a)
class UsesMethod:
    m = Method()
print(UsesMethod().m(1), UsesMethod.m(2))
class DataDesc:
    def __get__(self, obj, owner): return "data-desc"
    def __set__(self, obj, v): raise AttributeError("read-only data descriptor")
class Shadow:
    d = DataDesc()
s = Shadow(); s.__dict__["d"] = "instance"; print(s.d)
try:
    s.d = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Shadow.__dict__["d"]).__name__, Shadow.d)
class Slotted:
    __slots__ = ("x",)
    def __init__(self): self.x = 1
print(type(Slotted.x).__name__, Slotted.x.__get__(Slotted()), Slotted.x.__name__)
