// The fractions module in Python: Fraction (exact rational arithmetic, string and float construction, limit_denominator, hashing equal to int and float), following the behaviour of CPython 3.11's module.

/** Python source of the `fractions` module, run in the module's namespace. */
export const FRACTIONS_PY = String.raw`"""Rational numbers of unlimited precision: the Fraction class."""

import math as _math
import numbers as _numbers
import sys as _sys

__all__ = ['Fraction']

_HASH_MOD = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf


def _is_rational(x):
    """Whether x is an int, a Fraction or another numbers.Rational."""
    return isinstance(x, (int, Fraction)) or isinstance(x, _numbers.Rational)


def _digits(text):
    """The value of a run of decimal digits with single underscores between them, or None."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    for ch in text:
        if ch != '_' and not ch.isdecimal():
            return None
    return int(text)


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as ' -3/4 ', '1.5e-3', '.5'; None if malformed."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if not s or not (s[0].isdecimal() or (s[0] == '.' and s[1:2].isdecimal())):
        return None
    if '/' in s:
        top, _, bottom = s.partition('/')
        n, d = _digits(top), _digits(bottom)
        if n is None or d is None:
            return None
        return sign * n, d
    mant, exp = s, 0
    for mark in ('e', 'E'):
        if mark in mant:
            mant, _, tail = mant.partition(mark)
            esign = 1
            if tail[:1] in ('+', '-'):
                esign = -1 if tail[0] == '-' else 1
                tail = tail[1:]
            e = _digits(tail)
            if e is None:
                return None
            exp = esign * e
            break
    whole, dot, frac = mant.partition('.')
    n = _digits(whole) if whole else 0
    if n is None:
        return None
    d = 1
    if dot and frac:
        f = _digits(frac)
        if f is None:
            return None
        scale = 10 ** len(frac.replace('_', ''))
        n, d = n * scale + f, scale
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _binary(exact, inexact):
    """The forward and reflected dunder methods of an operator: exact on two rationals,
    inexact on floats or complexes."""

    def forward(a, b):
        if isinstance(b, (Fraction, int)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if _is_rational(a):
            return exact(a, b)
        if isinstance(a, _numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, _numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__' + inexact.__name__ + '__'
    reflected.__name__ = '__r' + inexact.__name__ + '__'
    return forward, reflected


def _plus(x, y): return x + y
def _minus(x, y): return x - y
def _times(x, y): return x * y
def _over(x, y): return x / y
def _floor_over(x, y): return x // y
def _modulo(x, y): return x % y


_plus.__name__ = 'add'
_minus.__name__ = 'sub'
_times.__name__ = 'mul'
_over.__name__ = 'truediv'
_floor_over.__name__ = 'floordiv'
_modulo.__name__ = 'mod'


class Fraction(_numbers.Rational):
    """A rational number numerator/denominator in lowest terms, the denominator positive."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        new = object.__new__(cls)
        if denominator is None:
            kind = type(numerator)
            if kind is int:
                new._numerator, new._denominator = numerator, 1
                return new
            if kind is float or isinstance(numerator, float) or kind.__name__ == 'Decimal':
                pair = numerator.as_integer_ratio()
            elif _is_rational(numerator):
                pair = numerator.numerator, numerator.denominator
            else:
                pair = None
            if pair is not None:
                new._numerator, new._denominator = pair
                return new
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational instance')
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            numerator, denominator = parsed
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        new._numerator, new._denominator = numerator, denominator
        return new

    @classmethod
    def from_float(cls, f):
        """The exact value of float f (an int is accepted too)."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls(n, d)

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (an int is accepted too)."""
        if isinstance(dec, _numbers.Integral):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        n, d = dec.as_integer_ratio()
        return cls(n, d)

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k of self until the next one's
        # denominator would pass the limit; then pick between the last convergent and the
        # best semiconvergent below the limit.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            q = top // bottom
            k_next = k_prev + q * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + q * h, k_next
            top, bottom = bottom, top - q * bottom
        steps = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + steps * h, k_prev + steps * k)
        conv = Fraction(h, k)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        n, d = self._numerator, self._denominator
        return str(n) if d == 1 else '%d/%d' % (n, d)

    def _sum(a, b, sign=1):
        an, ad, bn, bd = a.numerator, a.denominator, sign * b.numerator, b.denominator
        g = _math.gcd(ad, bd)
        if g == 1:
            return Fraction(an * bd + ad * bn, ad * bd, _normalize=False)
        part = ad // g
        top = an * (bd // g) + bn * part
        g2 = _math.gcd(top, g)
        if g2 == 1:
            return Fraction(top, part * bd, _normalize=False)
        return Fraction(top // g2, part * (bd // g2), _normalize=False)

    def _difference(a, b):
        return Fraction._sum(a, b, -1)

    def _product(a, b):
        an, ad, bn, bd = a.numerator, a.denominator, b.numerator, b.denominator
        g = _math.gcd(an, bd)
        if g > 1:
            an, bd = an // g, bd // g
        g = _math.gcd(bn, ad)
        if g > 1:
            bn, ad = bn // g, ad // g
        return Fraction(an * bn, bd * ad, _normalize=False)

    def _quotient(a, b):
        an, ad, bn, bd = a.numerator, a.denominator, b.numerator, b.denominator
        g = _math.gcd(an, bn)
        if g > 1:
            an, bn = an // g, bn // g
        g = _math.gcd(bd, ad)
        if g > 1:
            ad, bd = ad // g, bd // g
        top, bottom = an * bd, bn * ad
        if bottom < 0:
            top, bottom = -top, -bottom
        return Fraction(top, bottom, _normalize=False)

    def _floor_quotient(a, b):
        top = a.numerator * b.denominator
        return top // (a.denominator * b.numerator)

    def _divmod(a, b):
        ad, bd = a.denominator, b.denominator
        q, r = divmod(a.numerator * bd, ad * b.numerator)
        return q, Fraction(r, ad * bd)

    def _remainder(a, b):
        ad, bd = a.denominator, b.denominator
        return Fraction((a.numerator * bd) % (b.numerator * ad), ad * bd)

    __add__, __radd__ = _binary(_sum, _plus)
    __sub__, __rsub__ = _binary(_difference, _minus)
    __mul__, __rmul__ = _binary(_product, _times)
    __truediv__, __rtruediv__ = _binary(_quotient, _over)
    __floordiv__, __rfloordiv__ = _binary(_floor_quotient, _floor_over)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod)
    __mod__, __rmod__ = _binary(_remainder, _modulo)

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator != 1:
                return a.__float__() ** float(b)
            p = b.numerator
            n, d = a._numerator, a._denominator
            if p >= 0:
                return Fraction(n ** p, d ** p, _normalize=False)
            if n >= 0:
                return Fraction(d ** -p, n ** -p, _normalize=False)
            return Fraction((-d) ** -p, (-n) ** -p, _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        n, d = b._numerator, b._denominator
        if d == 1 and n >= 0:
            return a ** n
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator).__pow__(b)
        return a ** n if d == 1 else a ** float(b)

    def _signed(a, n):
        return Fraction(n, a._denominator, _normalize=False)

    def __pos__(a):
        return a._signed(a._numerator)

    def __neg__(a):
        return a._signed(-a._numerator)

    def __abs__(a):
        return a._signed(abs(a._numerator))

    def __int__(a):
        n, d = a._numerator, a._denominator
        return (n // d).__index__() if n >= 0 else (-(-n // d)).__index__()

    def __trunc__(a):
        n, d = a._numerator, a._denominator
        return n // d if n >= 0 else -(-n // d)

    def __floor__(a):
        n, d = a.numerator, a.denominator
        return n // d

    def __ceil__(a):
        n, d = a.numerator, a.denominator
        return -(-n // d)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self.denominator
            q, r = divmod(self.numerator, d)
            twice = 2 * r
            if twice < d or (twice == d and q % 2 == 0):
                return q
            return q + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # The hash of n/d is n * d**-1 modulo the hash modulus, so a Fraction equal to an
        # int or a float hashes as it does; d a multiple of the modulus hashes as infinity.
        d = self._denominator
        if d % _HASH_MOD == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * pow(d, -1, _HASH_MOD))
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isfinite(b):
                return a == Fraction.from_float(b)
            return 0.0 == b
        return NotImplemented

    def _compare(self, other, test):
        if _is_rational(other):
            return test(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isfinite(other):
                return test(self, self.from_float(other))
            return test(0.0, other)
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        # bool(), not a comparison: a numerator of a custom type need not compare with 0.
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        # Fractions are immutable: a copy of an exact Fraction is itself.
        cls = type(self)
        return self if cls is Fraction else cls(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
`;
