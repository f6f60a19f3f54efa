# enum: Flag and IntFlag — combination, membership, iteration, reprs, inversion, boundaries.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W), list(rw), len(rw))
print(Perm.RWX, list(Perm.RWX), repr(Perm(0)), Perm(0), bool(Perm(0)), list(Perm))
print(~Perm.R, repr(~Perm.R), ~Perm.RWX, Perm.R ^ Perm.RWX, Perm(6) is rw, Perm(6))
print(rw.name, rw.value, Perm(0).name, repr(Perm(7)), Perm.R & Perm.X)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)
try:
    1 in rw
except TypeError as e:
    print('TypeError', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], Color.RED | Color.BLUE, ~Color.GREEN, Color(5), Color['GREEN'])
white = Color.RED | Color.GREEN | Color.BLUE
print(white, repr(white), white.name, format(white), f'{Color.RED}')


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.W
print(m, repr(m), str(m), m == 6, m + 1, Mode.R | 8, repr(Mode.R | 8), Mode(9), repr(Mode(0)))
print(~Mode.R, repr(~Mode.R), Mode.R & 4, 4 | Mode.X, isinstance(m, int), format(m, 'b'), f'{m}')
print(list(m), Mode.W in m, Mode(7).name, Mode(0).name, repr(Mode(16)))
print(sorted([Mode.W, Mode.R, Mode.X]), hash(Mode.R) == hash(4))
