// The numbers module in Python: the numeric tower of abstract base classes (Number, Complex, Real, Rational, Integral) with their mixin methods, int, float and complex registered, following the behaviour of CPython 3.11's module.

/** Python source of the `numbers` module, run in the module's namespace. */
export const NUMBERS_PY = String.raw`"""The numeric tower of abstract base classes: Number > Complex > Real > Rational > Integral.
Each level names the operations its numbers support; the concrete methods below are the
ones every such number gets from the others."""

import abc as _abc

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _stub(name):
    """An abstract method called name."""
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = method.__qualname__ = name
    return _abc.abstractmethod(method)


def _required(*names):
    """Abstract methods of the given names, as a dict to merge into a class body."""
    return {name: _stub(name) for name in names}


class Number(metaclass=_abc.ABCMeta):
    """All numbers. Unhashable unless a subclass says how."""

    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the complex numbers."""

    __slots__ = ()
    locals().update(_required(
        '__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__', '__rmul__',
        '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__', 'conjugate', '__eq__'))
    real = property(_stub('real'))
    imag = property(_stub('imag'))

    def __bool__(self):
        return self != 0

    def __sub__(self, b):
        return self + -b

    def __rsub__(self, b):
        return -self + b


class Real(Complex):
    """Complex numbers on the real line: ordered, with floor division and remainder."""

    __slots__ = ()
    locals().update(_required(
        '__float__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__',
        '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'))

    def __divmod__(self, b):
        return self // b, self % b

    def __rdivmod__(self, b):
        return b // self, b % self

    def __complex__(self):
        value = float(self)
        return complex(value)

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    """Real numbers that are a ratio of two integers."""

    __slots__ = ()
    numerator = property(_stub('numerator'))
    denominator = property(_stub('denominator'))

    def __float__(self):
        n, d = int(self.numerator), int(self.denominator)
        return n / d


class Integral(Rational):
    """The integers: bitwise operators and use as an index."""

    __slots__ = ()
    locals().update(_required(
        '__int__', '__pow__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__',
        '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__'))

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


for _abstract, _builtin in ((Complex, complex), (Real, float), (Integral, int)):
    _abstract.register(_builtin)
del _abstract, _builtin
`;
