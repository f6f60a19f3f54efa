from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
from enum import Enum, IntEnum, Flag, auto, unique
from typing import NamedTuple, Optional, Generic, TypeVar, Protocol, runtime_checkable
import abc
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = "♠"
    def __str__(self): return f"{self.rank}{self.suit}"
c = Card(10)
print(c, repr(c), c < Card(11), sorted([Card(3, "♥"), Card(2), Card(3, "♣")]), hash(c) == hash(Card(10)), asdict(c), astuple(c), replace(c, rank=1))
try:
    c.rank = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = "nobody"
    _: KW_ONLY
    limit: int = 10
    secret: InitVar[str] = ""
    count: int = field(init=False, repr=False, default=0)
    def __post_init__(self, secret):
        self.count = len(self.items)
        self.hashed = len(secret)
inv = Inventory(["a", "b"], limit=3, secret="xyz")
print(inv, inv.count, inv.hashed, [f.name for f in fields(inv)], inv == Inventory(["a", "b"], limit=3))
try:
    Inventory([], "x", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass(slots=True)
class Slim:
    x: int
    y: int = 0
print(Slim(1), Slim.__slots__, hasattr(Slim(1), "__dict__"))
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color), Color.RED.name, Color.RED.value, Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, ~Perm.R, Perm(0), list(rw), bool(Perm(0)), rw.value)
class Prio(IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), f"{Prio.HIGH}", str(Prio.LOW), format(Prio.LOW, "d"), Prio(2).name)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2
print(f"{Planet.EARTH.gravity:.2f}", Planet.MARS.value, Planet.EARTH.mass)
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def badge(self): return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.badge(), e._replace(dept="ops"), Emp._fields, Emp.__annotations__)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int].__origin__ is Stack if hasattr(Stack[int], "__origin__") else None)
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable), Optional[int])
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area():.1f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape): pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
