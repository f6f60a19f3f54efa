class P(property):
    """P doc"""

class Q(property):
    pass

class Foo:
    def __init__(self): self._x = 1
    @Q
    def x(self):
        """x doc"""
        return self._x
    @x.setter
    def x(self, v):
        """ignored"""
        self._x = v
    @x.deleter
    def x(self):
        del self._x

f = Foo()
print(type(Foo.__dict__['x']).__name__, Foo.x.__doc__, f.x)
f.x = 5
print(f.x)
del f.x
print(hasattr(f, '_x'))
print(Foo.__dict__['x'].__dict__)

class Bar:
    @P
    def y(self):
        "y doc"
        return 3
    @y.getter
    def y(self):
        "new y doc"
        return 4
print(type(Bar.__dict__['y']).__name__, Bar.y.__doc__, Bar().y)

class Cached(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = super().__get__(obj, owner)
        print("get ->", v)
        return v

class Baz:
    @Cached
    def z(self):
        return 42
print(Baz().z)
print(isinstance(Baz.z, property), Baz.z.fget.__name__)

class R(property):
    def __init__(self, fget, extra=7):
        super().__init__(fget)
        self.extra = extra
class Qux:
    @R
    def w(self):
        "w doc"
        return 9
print(Qux().w, Qux.w.extra, Qux.w.__doc__)
try:
    Qux().w = 1
except AttributeError as e:
    print(e)

class S(property):
    __slots__ = ()
try:
    class Foo2:
        @S
        def spam(self):
            """doc"""
            return 1
except AttributeError as e:
    print("AttributeError", e)

p = property()
for i in (0, 1, 3):
    try:
        p.__set_name__(*([0] * i))
    except TypeError as e:
        print(e)
print(property.__new__(Q).fget)
print(P.__doc__, Q.__doc__)
pp = property(lambda s: 1, doc="explicit")
print(pp.__doc__, pp.getter(lambda s: 2).__doc__)
def g(s):
    "gdoc"
pg = property(g)
def g2(s):
    "g2doc"
print(pg.getter(g2).__doc__, pg.setter(g2).__doc__)

# A class attribute hides a built-in base's getset; without an instance dict it is read-only.
class Slotted:
    __slots__ = ()
    y = 1
try:
    Slotted().y = 2
except AttributeError as e:
    print(e)
try:
    Slotted().z = 2
except AttributeError as e:
    print(e)
