# dataclasses (field, order, frozen, post_init, KW_ONLY, InitVar, asdict, replace,
# slots) and enums (Enum, IntEnum, Flag, IntFlag, auto, unique, members with data).
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import dataclasses

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

items = [Item("b", 2.0, 3), Item("a", 10.0), Item("c", 1.5, 2, ["x"])]
print(sorted(items))
print(max(items).name, min(items).name)
print(asdict(items[2]))
print(astuple(items[0]))
print([f.name for f in fields(Item)])
print(replace(items[0], qty=10))
try:
    replace(items[0], sort_index=1)
except ValueError as e:
    print("ValueError:", e)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: 1})
try:
    p.x = 1
except dataclasses.FrozenInstanceError as e:
    print("Frozen:", e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 3
    secret: InitVar[str] = "s"
    def __post_init__(self, secret):
        self.hashed = len(secret)

c = Config("app", debug=True, secret="hello")
print(c, c.hashed)
try:
    Config("app", True)
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
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

@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)])
print(n, n == Node(1, [Node(2)]))
print(asdict(n))

@dataclass(slots=True)
class Slim:
    a: int
    b: str = "x"
print(Slim(1), Slim.__slots__, hasattr(Slim(1), "__dict__"))

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], Color.__members__.keys())
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]), f"{Status.OK}", str(Status.OK), format(Status.OK, ">6"))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)))

class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A | 8, repr(Bits(3)), Bits.A & 3)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for pl in Planet:
    print(f"{pl.name:<8} {pl.gravity:6.2f}")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Weekday(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    MON = auto()
    TUE = auto()
print(list(Weekday), Weekday.MON.value)

class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
print(Shape.CIRCLE == "circle", Shape("square"), f"{Shape.CIRCLE}", Shape.CIRCLE.upper())
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN | Color.BLUE:
        print("green or blue")
print(Color.RED.__class__, type(Color), Color.__name__)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
