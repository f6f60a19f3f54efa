from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta, verify, UNIQUE, CONTINUOUS, member, nonmember, global_enum
import enum


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None

    def can_go(self, other):
        return other in TRANSITIONS[self]


TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE},
    State.PAUSED: {State.RUNNING, State.DONE},
    State.DONE: set(),
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def go(self, target):
        target = State(target)
        if not self.state.can_go(target):
            raise RuntimeError(f"illegal {self.state.name} -> {target.name}")
        self.log.append((self.state, target))
        self.state = target


m = Machine()
for step in ["running", 3, "Running", "done", "idle"]:
    try:
        m.go(step)
        print("now", m.state, repr(m.state), m.state.value)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
print(m.log)
print(list(State), State["PAUSED"], State(2), State.IDLE < State.DONE if False else "no order")
try:
    State.IDLE < State.DONE
except TypeError as e:
    print(e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
    ALL = R | W | X


p = Perm.R | Perm.X
print(p, repr(p), p.value, Perm.R in p, Perm.W in p, bool(Perm(0)), repr(Perm(0)))
print(~Perm.R, repr(~Perm.ALL), list(Perm), list(p), Perm.RW, repr(Perm(6)), Perm.ALL.name, p.name)
print(Perm(7) is Perm.ALL, len(Perm), [m.name for m in Perm.ALL])


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.BLUE, "03d"), Color.RED + 1, Color(2) == 2)
print(sorted([Color.BLUE, 1, Color.GREEN]), Color.RED.name, Color.__members__.keys())


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mode.A | Mode.C, repr(Mode.A | 8), Mode(3), Mode.A + 1, str(Mode.B), f"{Mode.A|Mode.B}")


class Shade(StrEnum):
    DARK = auto()
    LIGHT = "Light"


print(Shade.DARK, repr(Shade.DARK), Shade.LIGHT.upper(), Shade("dark"), f"{Shade.LIGHT}!", Shade.DARK == "dark")

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(Planet.VENUS, Planet.__members__)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Alias(Enum):
    ONE = 1
    UNO = 1
    TWO = 2


print(list(Alias), Alias.UNO, Alias.UNO is Alias.ONE, list(Alias.__members__))


class Planet2(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2


for pl in Planet2:
    print(pl.name, f"{pl.gravity:.2f}", pl.value)


class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2

    X = auto()
    Y = auto()


print(Ordered.X.value, list(Ordered))
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    State.IDLE = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(Color):
        PURPLE = 4
except TypeError as e:
    print("TypeError", e)
print(hash(State.IDLE) == hash(State.IDLE), {State.IDLE: 1}[State.IDLE], State.IDLE.__class__.__name__)
print(isinstance(State, EnumMeta), type(State).__name__, Perm.R.__class__, Color.__mro__)

@verify(CONTINUOUS)
class Cont(IntEnum):
    a = 1
    b = 2
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        a = 1
        b = 3
except ValueError as e:
    print(e)


class WithMember(Enum):
    A = 1
    helper = nonmember(3)

    @member
    def f():
        return 1


print(list(WithMember)[0], WithMember.helper)
print(State.RUNNING.can_go(State.DONE), State.DONE._value_, State._member_names_)
print(Perm._boundary_, enum.FlagBoundary.STRICT)
try:
    Perm(8)
except ValueError as e:
    print(e)
