import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(list(Color))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, repr(Color.CRIMSON))
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color.__members__))
print(len(Color), Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)

try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

print(list(Perm), Perm.R | Perm.X, Perm(7), Perm(0))
print(Perm.RW, repr(Perm.RW), Perm.W in Perm.RW, bool(Perm(0)))
print(~Perm.R, Perm.RW & Perm.W, Perm.RW ^ Perm.R)
for p in Perm.R | Perm.X:
    print(" member", p)

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

print(Status.OK == 200, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]), f"{Status.OK}", str(Status.OK), repr(Status.OK))
print(format(Status.NOT_FOUND, ">6"), "%d" % Status.OK, Status(404).name)

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

print(Weekday("tue"), Weekday.WED.next(), Weekday.MON.value)
try:
    Weekday("fri")
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

for pl in Planet:
    print(pl, pl.value, f"{pl.gravity:.2f}")

class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
print(Shape.CIRCLE == "circle", Shape("square"), f"{Shape.CIRCLE}", Shape.CIRCLE.upper())

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode(3), Mode.A | 4, repr(Mode(5)))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
print(Color.RED < Color.GREEN if False else "no order")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])
print(enum.Enum.__name__, type(Color).__name__, isinstance(Color.RED, Color))
