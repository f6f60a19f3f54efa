import operator
from collections.abc import MutableSequence, Mapping, Iterable, Sized, Container
import copy
import weakref

class Vector:
    __slots__ = ("_c",)
    def __init__(self, *components):
        self._c = tuple(float(x) for x in components)
    def __len__(self): return len(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]
    def __iter__(self): return iter(self._c)
    def __repr__(self): return f"Vector({', '.join(f'{x:g}' for x in self)})"
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(*(a + b for a, b in zip(self, o, strict=True)))
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vector(*(a * k for a in self))
        if isinstance(k, Vector): return sum(a * b for a, b in zip(self, k))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self) ** 0.5
    def __bool__(self): return any(self)
    def __eq__(self, o): return isinstance(o, Vector) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __matmul__(self, o): return self * o
    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self) + ">"
    def __getattr__(self, name):
        idx = "xyz".find(name)
        if len(name) == 1 and 0 <= idx < len(self._c):
            return self._c[idx]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v * 2, 3 * v, v * w, v @ w, -v, abs(Vector(3, 4)), bool(Vector(0, 0)), v[1:], v[-1])
print(sum([v, w]), v == Vector(1, 2, 3), len({v, Vector(1, 2, 3)}), f"{v:.2f}", v.x, v.z)
try:
    v.w
except AttributeError as e:
    print(e)
try:
    v.extra = 1
except AttributeError as e:
    print(e)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    "s" * v
except TypeError as e:
    print(e)
print(operator.add(v, w), operator.mul(v, 2), operator.neg(v), operator.getitem(v, 0), operator.contains(v, 2.0))

class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        mcls.registry.append(name)
        return cls
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created = True
        return inst

class Model(metaclass=Meta):
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({items})"

class User(Model, tag="users"):
    pass

u = User(name="ann", age=3)
print(Meta.registry, User, User.tag, Model.tag, u, type(User), isinstance(User, Meta))

class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind, self._data = kind, []
        self.extend(items)
    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        return v
    def __getitem__(self, i): return self._data[i]
    def __setitem__(self, i, v): self._data[i] = self._check(v)
    def __delitem__(self, i): del self._data[i]
    def __len__(self): return len(self._data)
    def insert(self, i, v): self._data.insert(i, self._check(v))
    def __repr__(self): return f"TypedList({self.kind.__name__}, {self._data})"

tl = TypedList(int, [3, 1, 2])
tl.append(7); tl += [8]; tl.reverse()
print(tl, tl.index(1), tl.count(3), 7 in tl, tl.pop(), list(reversed(tl)), isinstance(tl, Iterable), isinstance(tl, Sized))
try:
    tl.append("x")
except TypeError as e:
    print(e)
tl.remove(1)
print(tl, len(tl))

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), list(iter(Seq())), [x for x in Seq() if x])

class Temperature:
    def __init__(self, c): self._c = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c): return c >= -273.15

t = Temperature.from_f(212)
print(t.celsius, t.fahrenheit, Temperature.valid(-300), Temperature.fahrenheit.__doc__, type(Temperature.__dict__["from_f"]).__name__)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)

class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __repr__(self): return f"Node({self.val}, {self.children})" if self.children else f"Node({self.val})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow, deep = copy.copy(tree), copy.deepcopy(tree)
tree.children[1].val = 30
print(shallow, deep, shallow.children is tree.children, deep.children[1] is tree.children[1])
r = weakref.ref(tree)
print(r() is tree, r().val)
del tree, shallow
print(r())
print(dir(Vector)[-6:], Vector.__slots__, Vector.__mro__, User.__mro__[1:], sorted(vars(Temperature))[:4])
print(getattr(v, "y"), getattr(v, "q", "default"), hasattr(v, "q"), callable(v), callable(Vector))
