from dataclasses import dataclass, field, KW_ONLY
from enum import Enum, Flag, auto
import abc
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
print(P(1), P.__slots__, P.__match_args__)
@dataclass(kw_only=True)
class K:
    a: int
    b: str = 'b'
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass
class Q:
    a: int
    _: KW_ONLY
    b: int = 2
print(Q(1, b=3))
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(Perm), bool(Perm(0)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
    def __str__(self): return self.name.title()
print(Planet.EARTH, f'{Planet.EARTH.gravity:.2f}', Planet.MERCURY.value, str(Planet.EARTH))
class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    def create(cls): return cls()
class Impl(Base):
    @property
    def name(self): return 'impl'
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
print(Impl.create().name, Impl.create().extra)
class Seq:
    def __init__(self, data): self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, v): self.data[idx] = v
    def __len__(self): return len(self.data)
    def __repr__(self): return f'Seq({self.data})'
    def __reversed__(self): return iter(self.data[::-1])
    def __iadd__(self, other): self.data += list(other); return self
s = Seq(range(6))
s[1:3] = ['a', 'b', 'c']
s += [9]
print(s, s[::2], s[-1], list(reversed(s)), slice(1, 5, 2).indices(3))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), range(Idx()))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __repr__(self): return f'V({self.v})'
print(sum([V(1), V(2), V(3)]), 1 + V(2))
class NoHash:
    __hash__ = None
try: hash(NoHash())
except TypeError as e: print(e)
def gen():
    x = yield 1
    y = yield x * 2
    return x + y
def outer():
    result = yield from gen()
    yield f'result {result}'
g = outer(); print(next(g), g.send(5), g.send(7))
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def annotated(x: int, y: 'str' = 'a') -> bool: return True
print(annotated.__annotations__, annotated.__name__, annotated.__qualname__)
args = [1, 2]; kwargs = {'c': 3}
print(f(*args, **kwargs), f(*range(3), **{'c': 'x', 'z': 1}))
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
class Meta(type):
    def __repr__(cls): return f'<Meta {cls.__name__}>'
    def __len__(cls): return 42
class WithMeta(metaclass=Meta): pass
print(WithMeta, len(WithMeta), type(WithMeta).__name__)
class Tracker:
    def __del__(self): print('deleted', self.name)
    def __init__(self, name): self.name = name
t = Tracker('t1'); del t
x = [Tracker('t2')]; x.clear()
print('end')
