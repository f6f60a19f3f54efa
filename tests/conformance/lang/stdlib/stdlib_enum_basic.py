# enum: Enum members, lookup, iteration, aliases, auto, unique, _missing_, reprs/str/format, errors.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @property
    def warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.BLUE), f'{Color.GREEN}', format(Color.RED, '>12'), '%s' % Color.RED)
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, list(Color), len(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color(2), Color['BLUE'], Color.RED.describe(), Color.RED.warm, Color.default())
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color, repr(Color))
print(list(reversed(Color)), Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(sorted(Color, key=lambda c: c.value), {Color.RED: 'r'}[Color.CRIMSON])
print(Color.RED.__class__.__name__, Color.__name__, Color._member_names_, Color._value2member_map_)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print('ValueError', e)
print(Color.RED in Color, Color.RED in Auto if False else None)


class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = 10
    FOURTH = auto()


print(list(Auto), [m.value for m in Auto])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(Lower.ALPHA.value, Lower.BETA.value, Lower('beta1'))


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), str(Num.TWO), f'{Num.ONE}', Num.ONE + 1, Num.TWO == 2, Num(2), int(Num.TWO))
print(format(Num.TWO, '03d'), sorted([Num.TWO, Num.ONE]), Num.ONE < Num.TWO, isinstance(Num.ONE, int), [1, 2, 3][Num.ONE])
print('%d %s %r' % (Num.ONE, Num.ONE, Num.ONE), hash(Num.ONE) == hash(1), {1: 'x'}[Num.ONE])


class Text(StrEnum):
    A = 'alpha'
    B = auto()


print(Text.A, repr(Text.A), Text.B, Text.A == 'alpha', Text.A.upper(), f'[{Text.A}]', Text('alpha'), '+'.join(Text))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status(3)
except ValueError as e:
    print('ValueError', e)


class Weird(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    Weird(2)
except TypeError as e:
    print('TypeError', e)


class Ordered(Enum):
    _order_ = 'B A'
    B = 2
    A = 1


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = 'A B'
        B = 1
        A = 2
except TypeError as e:
    print('TypeError', e)


class WithIgnore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1


print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__ == __name__)
Shape = Enum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(Shape(3), Shape.SQUARE.value)
Pets = IntEnum('Pets', {'DOG': 5, 'CAT': 6})
print(Pets.CAT, repr(Pets.DOG), Pets.CAT + 0)
Letters = Enum('Letters', ['A', 'B'], start=10)
print([m.value for m in Letters])


class Mixed(str, Enum):
    X = 'x'
    Y = 'y'


print(Mixed.X, repr(Mixed.X), f'{Mixed.X}', Mixed.X == 'x', Mixed('y'))


class Base(Enum):
    def hello(self):
        return 'hi ' + self.name


class Derived(Base):
    K = 1


print(Derived.K.hello(), isinstance(Derived.K, Base))
print(Color.RED.__reduce_ex__(2), dir(Color.RED)[:3])
print(enum.EnumMeta is enum.EnumType, type(Color) is enum.EnumType, isinstance(Color, enum.EnumMeta))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
