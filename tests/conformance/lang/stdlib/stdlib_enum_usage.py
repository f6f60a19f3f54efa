# enum: _missing_ raising, IntEnum arithmetic, Flag with zero and alias members, IntFlag, tuple-mixed enums.
import enum
class Color(enum.Enum):
    RED = 'r'
    GREEN = 'g'
    @classmethod
    def _missing_(cls, value):
        raise KeyError('bad ' + str(value))
try:
    Color('x')
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
class Pri(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(sorted([Pri.HIGH, 2, Pri.LOW]), Pri.LOW + Pri.HIGH, Pri(3).name, list(reversed(Pri)), Pri.HIGH.bit_length())
print(Pri.__members__.keys(), list(Pri.__members__.values()), [n for n, m in Pri.__members__.items()])
class Opt(enum.Flag):
    NONE = 0
    A = enum.auto()
    B = enum.auto()
    AB = A | B
print(list(Opt), Opt.NONE, repr(Opt.NONE), Opt.AB, list(Opt.AB), Opt.A | Opt.B is Opt.AB, Opt(0) is Opt.NONE, ~Opt.A)
print(Opt.__members__.keys(), len(Opt), bool(Opt.NONE), Opt['AB'])
class Weekday(enum.IntFlag):
    MON = 1
    TUE = 2
print(Weekday.MON | 4, Weekday(3), repr(Weekday(3)), Weekday.MON ^ Weekday.TUE, Weekday.MON & 0)
class Coord(tuple, enum.Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(Coord.ORIGIN, Coord((1, 1)), Coord.UNIT[0], repr(Coord.UNIT))
