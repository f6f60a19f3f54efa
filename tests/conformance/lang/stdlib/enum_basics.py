from enum import Enum, IntEnum, Flag, auto, StrEnum, IntFlag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self): return f'{self.name} is {self.value}'
try:
    class C2(Color): X = 3
except TypeError as e: print(e)
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print('KeyError', e)
print(Color.RED in Color, Color.__members__, repr(Color), str(Color.RED), f'{Color.RED}', format(Color.RED, '>12'))
print(Color.RED.describe())
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(P.R | P.W, repr(P.R|P.W), P(0), repr(P(0)), list(P), P.R in (P.R|P.W), ~P.R, bool(P(0)))
class I(IntFlag):
    A = 1; B = 2
print(I.A | I.B, repr(I.A|I.B), I.A + 1)
class S(StrEnum):
    A = auto(); B = 'bee'
print(S.A, repr(S.A), S.B == 'bee')
try:
    class D(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), N.ONE + 1, N.ONE < N.TWO, f'{N.TWO}', N(2), sorted([N.TWO, N.ONE]))
print(Color.RED.name, Color.RED.value, Color(1), Color['GREEN'], len(Color), list(Color), [c.name for c in reversed(Color)])
class Al(Enum):
    A = 1
    B = 1
print(Al.B, Al.__members__, list(Al), Al(1))
print(hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED is Color(1), type(Color.RED), isinstance(Color.RED, Color))
C3 = Enum('C3', 'A B C'); print(list(C3), C3.A.value)
print(Color.__name__, type(Color))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY)
class A2(Enum):
    X = auto()
    Y = auto()
print(list(A2), A2.Y.value)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class WithMissing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(WithMissing('zzz'))
d = {Color.RED: 'r'}; print(d[Color.RED], Color.RED != Color.GREEN)
import copy; print(copy.deepcopy(Color.RED) is Color.RED)
print(N.ONE == 1, isinstance(N.ONE, int), {N.ONE: 'x'}[1])
