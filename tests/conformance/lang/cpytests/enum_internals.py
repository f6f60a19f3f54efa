# Enum corners CPython's test_enum checks: _simple_enum/_convert_, a member-making __new__
# reaching Enum.__new__ before any member exists, StrEnum from bytes+encoding, and a mixin
# with only __init__ (not a data type).
import enum
import sys
from enum import Enum, IntEnum, IntFlag, StrEnum, _simple_enum, _test_simple_enum


@_simple_enum(IntEnum)
class Level:
    LOW = 1
    HIGH = 2


print(Level, Level.HIGH, repr(Level.LOW), list(Level), Level(2) is Level.HIGH)


class CheckedLevel(IntEnum):
    LOW = 1
    HIGH = 2


print(_test_simple_enum(CheckedLevel, Level))
Level.HIGH._value_ = 7
try:
    _test_simple_enum(CheckedLevel, Level)
except TypeError as e:
    print('TypeError', str(e).splitlines()[0])

print(list(enum._iter_bits_lsb(13)), enum.show_flag_values(6))
bits = enum._iter_bits_lsb(-3)
try:
    list(bits)
except ValueError as e:
    print('ValueError', e)
print(enum._is_dunder('__x__'), enum._is_sunder('_x_'), enum._is_private('K', '_K__a'))

for kind in (Enum, IntEnum, IntFlag):
    try:
        class Bad(kind):
            def __new__(cls, value):
                return super().__new__(cls, value)
            one = 1
    except TypeError as e:
        print(kind.__name__, 'TypeError', e)


class Text(StrEnum):
    ONE = '1'
    THREE = b'3', 'ascii'
    FOUR = b'4', 'latin1', 'strict'


print(list(Text), Text.THREE == '3')
try:
    class Wrong(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)


class Foo:
    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return 'Foo(a=%r)' % self._value_


class Entries(Foo, Enum):
    ENTRY1 = 1


print(repr(Entries.ENTRY1), Entries.ENTRY1.a)

mod = type(sys)('fake_consts')
mod.RED_X, mod.BLUE_X, mod.OTHER = 1, 2, 3
sys.modules['fake_consts'] = mod
Colors = IntEnum._convert_('Colors', 'fake_consts', lambda n: n.endswith('_X'))
print(list(Colors), mod.RED_X is Colors.RED_X, mod.Colors is Colors, Colors(2))
