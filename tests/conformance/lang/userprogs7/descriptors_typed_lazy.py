class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @Lazy
    def initials(self):
        "the initials"
        return "".join(w[0] for w in self.name.split())

    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"


p = Person("Ada Lovelace", 36)
print(p, p.initials, p.initials)
print(vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
print(Person.name.__class__.__name__, Person.initials.__doc__)

class Counted:
    count = 0
    def __get__(self, obj, cls):
        Counted.count += 1
        return Counted.count

class C:
    x = Counted()

c = C()
print(c.x, c.x, C.x)
c.__dict__["x"] = "shadow"
print(c.x)  # non-data descriptor shadowed

class RO:
    def __get__(self, obj, cls):
        return 42
    def __set__(self, obj, v):
        raise AttributeError("read-only")

class D:
    y = RO()

d = D()
d.__dict__["y"] = 1
print(d.y)
try:
    d.y = 5
except AttributeError as e:
    print("AttributeError:", e)

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2

pp = Prop()
pp.v = 5
print(pp.v)
try:
    del pp.v
except AttributeError as e:
    print(e)
try:
    Prop.v.fset = None
except AttributeError as e:
    print(e)
print(type(Prop.__dict__["v"]).__name__, Prop.v.fdel)
class NoSet:
    @property
    def z(self):
        return 1
try:
    NoSet().z = 2
except AttributeError as e:
    print(e)
