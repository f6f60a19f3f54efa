import numbers
from fractions import Fraction
for name in numbers.__all__:
    cls = getattr(numbers, name)
    print(name, sorted(cls.__abstractmethods__), [c.__name__ for c in cls.__mro__])
vals = [1, True, 2.5, 1j, Fraction(1, 3), 'x', None, [1]]
for v in vals:
    print(repr(v), [isinstance(v, getattr(numbers, n)) for n in numbers.__all__])
print(issubclass(Fraction, numbers.Rational), issubclass(int, numbers.Complex), issubclass(float, numbers.Rational))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(e)
class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, nd=None): return round(self.v, nd)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    __hash__ = None
    def __repr__(self): return 'Meters(%r)' % self.v
m = Meters(7.5)
print(m, m - 2, 10 - m, divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(Fraction(3, 4).real, Fraction(3, 4).imag, Fraction(3, 4).conjugate(), complex(Fraction(1, 2)), numbers.Number.__hash__)
print(Fraction(1, 2) + Meters(1), Meters(1) + Fraction(1, 2), Fraction(1, 2) == Meters(0.5))
