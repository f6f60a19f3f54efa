# bytes %c takes a one-byte bytes or bytearray, or an integer (also through __index__).
class Idx:
    def __index__(self):
        return 66
print(b'%c' % bytearray(b'Z'), bytearray(b'%c') % b'Q', b'%c%c' % (65, b'x'), b'%c' % Idx(), b'%c' % True)
for bad in [256, -1, 10**30, b'ab', bytearray(), 'a', 1.5, None]:
    try:
        print(b'%c' % (bad,))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
from fractions import Fraction


class Num(int):
    def __eq__(self, other):
        raise AssertionError("no comparisons in Fraction.__bool__")

    __ne__ = __eq__
    __hash__ = int.__hash__


f = Fraction(3, 7)
f._numerator = Num(3)
print(bool(f), bool(Fraction(0)), bool(Fraction(-1, 2)))
