# Object-model assignments as tutorials show them: __class__ swaps (a state machine),
# replacing an instance __dict__, descriptor precedence, classmethod over property,
# metaclass hooks, proxies and comparison dispatch order.
class NonData:
    def __get__(self, obj, cls):
        return "nondata"
class Data:
    def __get__(self, obj, cls):
        return "data"
    def __set__(self, obj, v):
        obj.__dict__["d"] = v
class C:
    n = NonData()
    d = Data()
c = C()
c.__dict__["n"] = "instance"
c.__dict__["d"] = "instance"
print(c.n, c.d, C.n, C.d)
c.d = 5
print(c.d, c.__dict__)

class A:
    def hello(self): return "A"
class B:
    def hello(self): return "B"
a = A()
a.__class__ = B
print(a.hello(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)

class WithDict:
    pass
w = WithDict()
w.__dict__ = {"x": 1}
print(w.x, vars(w))
try:
    w.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __call__(cls, *a, **k):
        print("Meta.__call__", a, k)
        return super().__call__(*a, **k)
class M(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
print(M.anything, M[3], M(5).x)

class K:
    @classmethod
    @property
    def cprop(cls):
        return f"classprop of {cls.__name__}"
    @staticmethod
    def sm(x):
        return x * 2
    helper = sm
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
        super().__init_subclass__()
class K2(K, tag="two"):
    pass
print(K.cprop, K2.cprop, K.sm(3), K.helper(4), K2.tag, K().sm(5))

class Slotted:
    __slots__ = ("a",)
try:
    class BadSlots:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
s = Slotted()
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Slotted.a, type(Slotted.a).__name__)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        print("proxy get", name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        print("proxy set", name)
        setattr(self._t, name, value)
    def __len__(self):
        return len(self._t)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, len(p))
try:
    p[0]
except TypeError as e:
    print("TypeError:", e)

class Callable:
    def __call__(self):
        return "called"
obj = Callable()
obj.__call__ = lambda: "instance attr"
print(obj(), obj.__call__())

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("Eq.__eq__"); return isinstance(o, Eq) and self.v == o.v
print(Eq(1) in [Eq(0), Eq(1)], [Eq(1)].count(Eq(1)), [Eq(2)].index(Eq(2)))
x = Eq(1)
print(x in [x], x == x)
class Sub(Eq):
    def __eq__(self, o):
        print("Sub.__eq__"); return True
print(Eq(1) == Sub(2))
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("Num.__lt__"); return self.v < o.v
    def __gt__(self, o): print("Num.__gt__"); return self.v > o.v
class SubNum(Num):
    def __gt__(self, o): print("SubNum.__gt__"); return self.v > o.v
print(Num(1) < SubNum(2))
print(sorted([Num(3), Num(1)], key=lambda n: n.v)[0].v)
print(hasattr(object(), "__dict__"), hasattr(c, "__dict__"), "__weakref__" in dir(C), C.__dict__["n"].__class__.__name__)
print(type.__dict__["__mro__"].__get__(C) if hasattr(type, "__dict__") else C.__mro__)
def f(): pass
f.attr = 1
print(f.__dict__, f.__name__, f.__module__, f.__defaults__, f.__globals__ is globals())
import types
mod = types.ModuleType("mymod", "doc")
mod.x = 5
print(mod, mod.__name__, mod.__doc__, mod.x, sorted(vars(mod)))
