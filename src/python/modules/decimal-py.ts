// The `decimal` module: Decimal numbers (sign, integer coefficient, exponent; NaN and
// Infinity), contexts with precision and rounding, and the signals, following the General
// Decimal Arithmetic specification as CPython 3.11's decimal does. pymm's own Python: a
// value is rounded to the context's precision after each operation; division and square
// root keep a sticky digit so that the one rounding is correct.

/** Source of the decimal module, run in the module's namespace. */
export const DECIMAL_PY = String.raw`
'''Decimal floating point: exact decimal values, rounded to a context's precision.'''
import math as _math
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'DivisionUndefined', 'ConversionSyntax', 'InvalidContext', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN',
           'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
           'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    '''Base of the decimal signals.'''


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped]
# A condition raised as its signal (ConversionSyntax and the like report as InvalidOperation).
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}
_FLAG_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
               Inexact, Rounded, Clamped]
_FLAG_NAMES = {cls: cls.__name__ for cls in _SIGNALS}


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join(f"<class 'decimal.{k.__name__}'>:{v}" for k, v in self.items()) + '}'


class Context:
    '''Precision, rounding, exponent limits, and which signals trap (raise) or only flag.'''

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        if isinstance(flags, dict):
            self.flags.update(flags)
        elif flags:
            for s in flags:
                self.flags[s] = True
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if traps is None:
            on = base.traps if base else {InvalidOperation: True, DivisionByZero: True, Overflow: True}
            for s, v in on.items():
                self.traps[s] = v
        elif isinstance(traps, dict):
            self.traps.update(traps)
        else:
            for s in traps:
                self.traps[s] = True

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or value < 1):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDERS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                            'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def _raise(self, condition, explanation=''):
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    def _flag(self, *signals):
        for signal in signals:
            self.flags[signal] = True
            if self.traps.get(signal):
                raise signal([signal])

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def copy(self):
        twin = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))
        return twin

    __copy__ = copy

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def __repr__(self):
        flags = [_FLAG_NAMES[s] for s in _FLAG_ORDER if self.flags.get(s)]
        traps = [_FLAG_NAMES[s] for s in _FLAG_ORDER if self.traps.get(s)]
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f"flags=[{', '.join(flags)}], traps=[{', '.join(traps)}])")


def _round_half(up_if_half):
    def decide(coefficient, dropped, half, sign):
        if dropped > half:
            return 1
        if dropped < half:
            return 0
        return up_if_half(coefficient, sign)
    return decide


# Each rounding: 1 to round the kept coefficient away from zero, 0 to truncate, given the
# kept coefficient, the dropped part (an integer), half of one unit of the dropped part, and the sign.
_ROUNDERS = {
    ROUND_DOWN: lambda c, d, h, s: 0,
    ROUND_UP: lambda c, d, h, s: 1 if d else 0,
    ROUND_CEILING: lambda c, d, h, s: 1 if d and not s else 0,
    ROUND_FLOOR: lambda c, d, h, s: 1 if d and s else 0,
    ROUND_HALF_UP: _round_half(lambda c, s: 1),
    ROUND_HALF_DOWN: _round_half(lambda c, s: 0),
    ROUND_HALF_EVEN: _round_half(lambda c, s: c % 2),
    ROUND_05UP: lambda c, d, h, s: 1 if d and c % 5 == 0 else 0,
}


def _drop_digits(sign, coefficient, count, rounding):
    # The coefficient without its last count digits, rounded; and whether anything was lost.
    unit = 10 ** count
    kept, dropped = divmod(coefficient, unit)
    if dropped:
        kept += _ROUNDERS[rounding](kept, dropped, unit // 2, sign)
    return kept, dropped != 0


def _operator(core):
    # A binary operation: the operand converted (else NotImplemented), the context chosen,
    # NaN operands answered; then core(self, other, context).
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return core(self, other, context)
    method.__name__ = method.__qualname__ = core.__name__
    return method


def _reflected(name):
    # other <op> self for an int on the left: the operation with the int as a Decimal.
    def method(self, other, context=None):
        other = _convert(other)
        return other if other is NotImplemented else getattr(other, name)(self, context)
    method.__name__ = '__r' + name[2:]
    return method


class Decimal:
    '''An exact decimal number: (-1)**sign * coefficient * 10**exponent, or NaN / Infinity.'''
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __sizeof__(self):
        # _decimal's PyDecObject (104 bytes) holds 4 words of 19 digits; more are allocated.
        words = (len(str(self._int)) + 18) // 19
        return 104 + (8 * words if words > 4 else 0)

    def __new__(cls, value='0', context=None):
        made = object.__new__(cls)
        if isinstance(value, Decimal):
            made._sign, made._int, made._exp, made._special = value._sign, value._int, value._exp, value._special
            return made
        if isinstance(value, bool) or isinstance(value, int):
            made._sign = 1 if value < 0 else 0
            made._int = abs(int(value))
            made._exp = 0
            made._special = None
            return made
        if isinstance(value, float):
            return cls._from_float(value)
        if isinstance(value, str):
            text = value.strip()
            if '_' in text and not text.startswith('_') and '__' not in text:
                text = text.replace('_', '')
            return made._parse(text, context)
        if isinstance(value, (tuple, list)):
            return made._from_tuple(value)
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    def _parse(self, text, context):
        import re
        found = re.fullmatch(r'([-+])?(?:(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?|(inf|infinity)|(s?nan)(\d*))',
                             text, re.IGNORECASE)
        if text == '' or found is None or (found.group(2) == '' and not found.group(3) and found.group(5) is None
                                           and found.group(6) is None):
            (context or getcontext())._raise(ConversionSyntax)
            self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
            return self
        self._sign = 1 if found.group(1) == '-' else 0
        if found.group(5):
            self._int, self._exp, self._special = 0, 0, 'F'
        elif found.group(6):
            self._int = int(found.group(7) or 0)
            self._exp = 0
            self._special = 'N' if found.group(6).lower() == 'snan' else 'n'
        else:
            whole, fraction, exponent = found.group(2) or '', found.group(3) or '', found.group(4)
            self._int = int(whole + fraction or '0')
            self._exp = (int(exponent) if exponent else 0) - len(fraction)
            self._special = None
        return self

    @classmethod
    def _from_float(cls, value):
        made = object.__new__(cls)
        made._sign = 1 if _math.copysign(1.0, value) < 0 else 0
        made._special = None
        if value != value:
            made._int, made._exp, made._special = 0, 0, 'n'
            return made
        if value in (float('inf'), float('-inf')):
            made._int, made._exp, made._special = 0, 0, 'F'
            return made
        numerator, denominator = abs(value).as_integer_ratio()
        twos = denominator.bit_length() - 1
        made._int = numerator * 5 ** twos
        made._exp = -twos
        return made

    from_float = _from_float

    def _from_tuple(self, value):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exponent = value
        self._sign = sign
        self._int = int(''.join(map(str, digits)) or '0')
        if exponent == 'F':
            self._exp, self._special, self._int = 0, 'F', 0
        elif exponent in ('n', 'N'):
            self._exp, self._special = 0, exponent
        else:
            self._exp, self._special = exponent, None
        return self

    @staticmethod
    def _make(sign, coefficient, exponent, special=None):
        made = object.__new__(Decimal)
        made._sign, made._int, made._exp, made._special = sign, coefficient, exponent, special
        return made

    # -- conversion to text --
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            return sign + intpart + fracpart
        if context is None:
            context = getcontext()
        return sign + intpart + fracpart + ('E' if context.capitals else 'e') + '%+d' % (leftdigits - dotplace)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return f"Decimal('{self}')"

    def as_tuple(self):
        exponent = self._exp if self._special is None else self._special
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))), exponent)

    def as_integer_ratio(self):
        if self._special:
            raise (ValueError if self._special != 'F' else OverflowError)(
                'cannot convert NaN to integer ratio' if self._special != 'F'
                else 'cannot convert Infinity to integer ratio')
        from fractions import Fraction
        ratio = Fraction(self._int) * Fraction(10) ** self._exp
        return (-ratio.numerator if self._sign else ratio.numerator), ratio.denominator

    # -- predicates --
    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1 if self._special is None else 0

    # -- rounding to a context --
    def _fix(self, context):
        # This value rounded to the context's precision (and rounding), with the flags.
        if self._special:
            return self
        digits = len(str(self._int))
        if digits <= context.prec:
            return self
        kept, lost = _drop_digits(self._sign, self._int, digits - context.prec, context.rounding)
        exponent = self._exp + digits - context.prec
        if len(str(kept)) > context.prec:
            kept //= 10
            exponent += 1
        if lost:
            context._flag(Inexact)
        context._flag(Rounded)
        return Decimal._make(self._sign, kept, exponent)

    def _nan_result(self, other, context):
        for x in (self, other):
            if x is not None and x._special in ('n', 'N'):
                if x._special == 'N':
                    context._raise(InvalidOperation)
                return Decimal._make(x._sign, x._int, 0, 'n')
        return None

    # -- arithmetic --
    @_operator
    def __add__(self, other, context):
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return Decimal(self if self._special == 'F' else other)
        exponent = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exponent) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exponent) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if self._sign and other._sign or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return Decimal._make(sign, 0, exponent)._fix(context)
        return Decimal._make(1 if total < 0 else 0, abs(total), exponent)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__add__(self.copy_negate(), context)

    @_operator
    def __mul__(self, other, context):
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    @_operator
    def __truediv__(self, other, context):
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            if self._special == 'F':
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal._make(0, 0, 0, 'n')
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        shift = len(str(other._int)) - len(str(self._int)) + context.prec + 1
        exponent = ideal - shift
        if shift >= 0:
            quotient, remainder = divmod(self._int * 10 ** shift, other._int)
        else:
            quotient, remainder = divmod(self._int, other._int * 10 ** -shift)
        if remainder:
            # A sticky last digit: the quotient is not exact, so it is not a tie either.
            if quotient % 5 == 0:
                quotient += 1
        else:
            while exponent < ideal and quotient % 10 == 0:
                quotient //= 10
                exponent += 1
        return Decimal._make(sign, quotient, exponent)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _integer_division(self, other, context):
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return None, None
            context._raise(DivisionByZero)
            return None, None
        exponent = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exponent)
        b = other._int * 10 ** (other._exp - exponent)
        quotient, rest = divmod(a, b)
        if len(str(quotient)) > context.prec:
            context._raise(DivisionImpossible)
            return None, None
        sign = self._sign ^ other._sign
        return Decimal._make(sign, quotient, 0), Decimal._make(self._sign, rest, exponent)._fix(context)

    @_operator
    def __floordiv__(self, other, context):
        q, _ = self._integer_division(other, context)
        return q if q is not None else Decimal._make(self._sign ^ other._sign, 0, 0, 'F' if self._int else 'n')

    __rfloordiv__ = _reflected('__floordiv__')

    @_operator
    def __mod__(self, other, context):
        _, r = self._integer_division(other, context)
        return r if r is not None else Decimal._make(0, 0, 0, 'n')

    __rmod__ = _reflected('__mod__')

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        return (nan, nan) if nan is not None else self._integer_division(other, context)

    __rdivmod__ = _reflected('__divmod__')

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        if other._special or self._special or other._exp < 0 and other._int % 10 ** -other._exp:
            return self._power_general(other, context)
        n = other._int * 10 ** max(other._exp, 0) if other._exp >= 0 else other._int // 10 ** -other._exp
        result = Decimal._make((self._sign if n % 2 else 0), self._int ** n, self._exp * n)
        if other._sign:
            return Decimal(1).__truediv__(result, context)
        return result._fix(context)

    def _power_modulo(self, other, modulo, context):
        # pow(self, other, modulo): exact, all three integral (_pydecimal's _power_modulo).
        modulo = _convert(modulo, raiseit=True)
        nan = self._nan_result(other, context) or modulo._nan_result(None, context)
        if nan is not None:
            return nan
        invalid = Decimal._make(0, 0, 0, 'n')
        if not (self._isinteger() and other._isinteger() and modulo._isinteger()):
            context._raise(InvalidOperation, 'pow() 3rd argument not allowed unless all arguments are integers')
            return invalid
        if other._sign:
            context._raise(InvalidOperation, 'pow() 2nd argument cannot be negative when 3rd argument specified')
            return invalid
        if not modulo:
            context._raise(InvalidOperation, 'pow() 3rd argument cannot be 0')
            return invalid
        if modulo.adjusted() >= context.prec:
            context._raise(InvalidOperation, 'insufficient precision: pow() 3rd argument must not have more than precision digits')
            return invalid
        if not other and not self:
            context._raise(InvalidOperation, 'at least one of pow() 1st argument and 2nd argument must be nonzero; 0**0 is not defined')
            return invalid
        exponent = int(other)
        sign = self._sign if exponent % 2 else 0
        return Decimal._make(sign, pow(abs(int(self)), exponent, abs(int(modulo))), 0)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        return other if other is NotImplemented else other.__pow__(self, None, context)

    def __neg__(self, context=None):
        result = Decimal._make(0 if self.is_zero() else 1 - self._sign, self._int, self._exp, self._special)
        return result._fix(context or getcontext())

    def __pos__(self, context=None):
        result = Decimal._make(0 if self.is_zero() else self._sign, self._int, self._exp, self._special)
        return result._fix(context or getcontext())

    def __abs__(self, round=True, context=None):
        result = Decimal._make(0, self._int, self._exp, self._special)
        return result._fix(context or getcontext()) if round else result

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return Decimal._make(_convert(other)._sign, self._int, self._exp, self._special)

    # -- comparisons and hashing --
    def _value(self):
        from fractions import Fraction
        return Fraction(-self._int if self._sign else self._int) * Fraction(10) ** self._exp

    def _compare_key(self, other, equality_op=False):
        if not isinstance(other, (Decimal, int, float)):
            import numbers
            if isinstance(other, numbers.Rational):
                # self op n/d <=> self*d op n; a NaN or an infinity compares unchanged.
                if self._special is None:
                    return _RationalKey(self._value(), other)
                return Decimal(other.numerator)
            if equality_op and isinstance(other, numbers.Complex) and other.imag == 0:
                other = other.real
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            other = Decimal._from_float(other)
        else:
            other = _convert(other)
        return other

    def _cmp(self, other, op, nan_equal):
        other = self._compare_key(other, nan_equal)
        if other is NotImplemented:
            return other
        if type(other) is _RationalKey:
            from fractions import Fraction
            return op(other.value, Fraction(other.other.numerator, other.other.denominator))
        if self.is_nan() or other.is_nan():
            if not nan_equal:
                getcontext()._raise(InvalidOperation)
            return False
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) * (2 if self._special == 'F' else 0)
            b = (-1 if other._sign else 1) * (2 if other._special == 'F' else 0)
            if a == b == 0:
                a, b = self._value(), other._value()
            elif a == 0:
                a = 0
            elif b == 0:
                b = 0
            return op(a, b)
        return op(self._value(), other._value())

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b, True)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b, False)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b, False)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b, False)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b, False)

    def compare(self, other, context=None):
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            return Decimal._make(0, 0, 0, 'n')
        return Decimal((self > other) - (self < other))

    def __hash__(self):
        if self._special == 'N':
            raise TypeError('Cannot hash a signaling NaN value.')
        if self._special == 'n':
            return object.__hash__(self)
        if self._special == 'F':
            return hash(float('-inf') if self._sign else float('inf'))
        return hash(self._value())

    def __bool__(self):
        return bool(self._int) or self._special is not None

    # -- conversions --
    def __float__(self):
        if self.is_nan():
            if self._special == 'N':
                raise ValueError('Cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __int__(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                raise (OverflowError if self._special == 'F' else ValueError)(
                    'cannot round an infinity' if self._special == 'F' else 'cannot round a NaN')
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n), ROUND_HALF_EVEN)

    def _rescale(self, exponent, rounding):
        if self._special:
            return Decimal(self)
        if self._exp >= exponent:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exponent), exponent)
        kept, lost = _drop_digits(self._sign, self._int, exponent - self._exp, rounding)
        return Decimal._make(self._sign, kept, exponent), lost

    def to_integral_value(self, rounding=None, context=None):
        '''This value rounded to an integer (the exponent becomes 0 if it was negative).'''
        context = context or getcontext()
        if self._special or self._exp >= 0:
            return Decimal(self)
        result, _ = self._rescale(0, rounding or context.rounding)
        return result

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special or self._exp >= 0:
            return Decimal(self)
        result, lost = self._rescale(0, rounding or context.rounding)
        if lost:
            context._flag(Inexact)
        context._flag(Rounded)
        return result

    def quantize(self, exp, rounding=None, context=None):
        '''This value with exp's exponent, rounded (InvalidOperation if it needs more digits than prec).'''
        exp = _convert(exp, raiseit=True)
        context = context or getcontext()
        if self._special or exp._special:
            if self.is_nan() or exp.is_nan():
                return self._nan_result(exp, context)
            if self._special == exp._special == 'F':
                return Decimal(self)
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        if self._exp >= exp._exp:
            result = Decimal._make(self._sign, self._int * 10 ** (self._exp - exp._exp), exp._exp)
        else:
            result, lost = self._rescale(exp._exp, rounding or context.rounding)
            if lost:
                context._flag(Inexact)
            context._flag(Rounded)
        if len(str(result._int)) > context.prec:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        return result

    def normalize(self, context=None):
        '''The simplest form: trailing zeros of the coefficient removed (0 becomes 0).'''
        context = context or getcontext()
        value = self._fix(context)
        if value._special:
            return value
        if value._int == 0:
            return Decimal._make(value._sign, 0, 0)
        coefficient, exponent = value._int, value._exp
        while coefficient % 10 == 0:
            coefficient //= 10
            exponent += 1
        return Decimal._make(value._sign, coefficient, exponent)

    reduce = normalize

    def sqrt(self, context=None):
        '''The square root, correctly rounded to the context's precision.'''
        context = context or getcontext()
        if self._special:
            if self.is_nan():
                return self._nan_result(None, context)
            if self._sign:
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return Decimal(self)
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        ideal = self._exp // 2
        coefficient, exponent = self._int, self._exp
        if exponent % 2:
            coefficient *= 10
            exponent -= 1
        shift = max(0, context.prec + 1 - (len(str(coefficient)) + 1) // 2)
        coefficient *= 100 ** shift
        exponent -= 2 * shift
        root = _math.isqrt(coefficient)
        exponent //= 2
        if root * root != coefficient:
            if root % 5 == 0:
                root += 1
        else:
            while exponent < ideal and root % 10 == 0:
                root //= 10
                exponent += 1
        return Decimal._make(0, root, exponent)._fix(context)

    def _ln_exp_bound(self):
        # A lower bound for the adjusted exponent of self.ln() (self finite, positive, != 1).
        adj = self.adjusted()
        if adj >= 1:
            return len(str(adj * 23 // 10)) - 1
        if adj <= -2:
            return len(str((-1 - adj) * 23 // 10)) - 1
        c, e = self._int, self._exp
        if adj == 0:
            num = str(c - 10 ** -e)
            den = str(c)
            return len(num) - len(den) - (num < den)
        return e + len(str(10 ** -e - c)) - 1

    def _log10_exp_bound(self):
        # A lower bound for the adjusted exponent of self.log10() (self finite, positive, != 1).
        adj = self.adjusted()
        if adj >= 1:
            return len(str(adj)) - 1
        if adj <= -2:
            return len(str(-1 - adj)) - 1
        c, e = self._int, self._exp
        if adj == 0:
            num = str(c - 10 ** -e)
            den = str(231 * c)
            return len(num) - len(den) - (num < den) + 2
        num = str(10 ** -e - c)
        return len(num) + e - (num < '231') - 1

    def _fix_half_even(self, context):
        # exp, ln and log10 round half-even whatever the context's rounding.
        rounding = context.rounding
        context.rounding = ROUND_HALF_EVEN
        try:
            return self._fix(context)
        finally:
            context.rounding = rounding

    def exp(self, context=None):
        '''e ** self, correctly rounded (half-even) to the context's precision.'''
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            return Decimal._make(0, 0, 0) if self._sign else Decimal(self)
        if self._int == 0:
            return Decimal._make(0, 1, 0)
        p = context.prec
        adj = self.adjusted()
        if self._sign == 0 and adj > len(str((context.Emax + 1) * 3)):
            ans = Decimal._make(0, 1, context.Emax + 1)
        elif self._sign == 1 and adj > len(str((-context.Etiny() + 1) * 3)):
            ans = Decimal._make(0, 1, context.Etiny() - 1)
        elif self._sign == 0 and adj < -p:
            ans = Decimal._make(0, 10 ** p + 1, -p)
        elif self._sign == 1 and adj < -p - 1:
            ans = Decimal._make(0, 10 ** (p + 1) - 1, -p - 1)
        else:
            c, e = self._int, self._exp
            if self._sign:
                c = -c
            extra = 3
            while True:
                coeff, exp = _dexp(c, e, p + extra)
                if coeff % (5 * 10 ** (len(str(coeff)) - p - 1)):
                    break
                extra += 3
            ans = Decimal._make(0, coeff, exp)
        return ans._fix_half_even(context)

    def _log(self, context, name, digits, bound):
        # ln and log10: the special cases, then digits(c, e, places) until it rounds unambiguously.
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special == 'F' and not self._sign:
            return Decimal(self)
        if self._special is None and self._int == 0:
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            context._raise(InvalidOperation, name + ' of a negative value')
            return Decimal._make(0, 0, 0, 'n')
        c, e = self._int, self._exp
        p = context.prec
        places = p - bound() + 2
        while True:
            coeff = digits(c, e, places)
            if coeff % (5 * 10 ** (len(str(abs(coeff))) - p - 1)):
                break
            places += 3
        return Decimal._make(int(coeff < 0), abs(coeff), -places)._fix_half_even(context)

    def ln(self, context=None):
        '''The natural logarithm, correctly rounded (half-even) to the context's precision.'''
        context = context or getcontext()
        if self._special is None and self._int and not self._sign and self == 1:
            return Decimal._make(0, 0, 0)
        return self._log(context, 'ln', _dlog, self._ln_exp_bound)

    def log10(self, context=None):
        '''The base-10 logarithm, correctly rounded (half-even); exact for powers of ten.'''
        context = context or getcontext()
        if self._special is None and not self._sign and self._int:
            text = str(self._int)
            if text[0] == '1' and text[1:] == '0' * (len(text) - 1):
                return Decimal(self._exp + len(text) - 1)._fix(context)
        return self._log(context, 'log10', _dlog10, self._log10_exp_bound)

    def logb(self, context=None):
        '''The adjusted exponent of the operand as a Decimal.'''
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            return Decimal._make(0, 0, 0, 'F')
        if self._int == 0:
            context._raise(DivisionByZero, 'logb(0)')
            return Decimal._make(1, 0, 0, 'F')
        return Decimal(self.adjusted())._fix(context)

    def _power_exact(self, other, p):
        # self ** other exactly with at most p digits, or None (_pydecimal's _power_exact).
        xc, xe = self._int, self._exp
        while xc % 10 == 0:
            xc //= 10
            xe += 1
        yc, ye = other._int, other._exp
        while yc % 10 == 0:
            yc //= 10
            ye += 1
        if xc == 1:
            xe *= yc
            while xe % 10 == 0:
                xe //= 10
                ye += 1
            if ye < 0:
                return None
            exponent = xe * 10 ** ye
            if other._sign == 1:
                exponent = -exponent
            if other._isinteger() and other._sign == 0:
                ideal_exponent = self._exp * int(other)
                zeros = min(exponent - ideal_exponent, p - 1)
            else:
                zeros = 0
            return Decimal._make(0, 10 ** zeros, exponent - zeros)
        if other._sign == 1:
            last_digit = xc % 10
            if last_digit in (2, 4, 6, 8):
                if xc & -xc != xc:
                    return None
                e = _nbits(xc) - 1
                emax = p * 93 // 65
                if ye >= len(str(emax)):
                    return None
                e = _decimal_lshift_exact(e * yc, ye)
                xe = _decimal_lshift_exact(xe * yc, ye)
                if e is None or xe is None:
                    return None
                if e > emax:
                    return None
                xc = 5 ** e
            elif last_digit == 5:
                e = _nbits(xc) * 28 // 65
                xc, remainder = divmod(5 ** e, xc)
                if remainder:
                    return None
                while xc % 5 == 0:
                    xc //= 5
                    e -= 1
                emax = p * 10 // 3
                if ye >= len(str(emax)):
                    return None
                e = _decimal_lshift_exact(e * yc, ye)
                xe = _decimal_lshift_exact(xe * yc, ye)
                if e is None or xe is None:
                    return None
                if e > emax:
                    return None
                xc = 2 ** e
            else:
                return None
            if xc >= 10 ** p:
                return None
            xe = -e - xe
            return Decimal._make(0, xc, xe)
        if ye >= 0:
            m, n = yc * 10 ** ye, 1
        else:
            if xe != 0 and len(str(abs(yc * xe))) <= -ye:
                return None
            xc_bits = _nbits(xc)
            if len(str(abs(yc) * xc_bits)) <= -ye:
                return None
            m, n = yc, 10 ** (-ye)
            while m % 2 == n % 2 == 0:
                m //= 2
                n //= 2
            while m % 5 == n % 5 == 0:
                m //= 5
                n //= 5
        if n > 1:
            if xc_bits <= n:
                return None
            xe, rem = divmod(xe, n)
            if rem != 0:
                return None
            a = 1 << -(-_nbits(xc) // n)
            while True:
                q, r = divmod(xc, a ** (n - 1))
                if a <= q:
                    break
                a = (a * (n - 1) + q) // n
            if not (a == q and r == 0):
                return None
            xc = a
        if xc > 1 and m > p * 100 // _log10_lb(xc):
            return None
        xc = xc ** m
        xe *= m
        if xc > 10 ** p:
            return None
        str_xc = str(xc)
        if other._isinteger() and other._sign == 0:
            ideal_exponent = self._exp * int(other)
            zeros = min(xe - ideal_exponent, p - len(str_xc))
        else:
            zeros = 0
        return Decimal._make(0, xc * 10 ** zeros, xe - zeros)

    def _isinteger(self):
        if self._special:
            return False
        return self._exp >= 0 or self._int % 10 ** -self._exp == 0

    def _power_general(self, other, context):
        # self ** other for a non-integral or infinite other (_pydecimal's __pow__).
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._special is None and other._int == 0:
            if self._special is None and self._int == 0:
                context._raise(InvalidOperation, '0 ** 0')
                return Decimal._make(0, 0, 0, 'n')
            return Decimal._make(0, 1, 0)
        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if other._int // 10 ** max(0, -other._exp) % 2:
                    result_sign = 1
            elif self._special or self._int:
                context._raise(InvalidOperation, 'x ** y with x negative and y not an integer')
                return Decimal._make(0, 0, 0, 'n')
            self = self.copy_negate()
        if self._special is None and self._int == 0:
            return Decimal._make(result_sign, 0, 0) if other._sign == 0 else Decimal._make(result_sign, 0, 0, 'F')
        if self._special == 'F':
            return Decimal._make(result_sign, 0, 0, 'F') if other._sign == 0 else Decimal._make(result_sign, 0, 0)
        if self == 1:
            if other._isinteger():
                if other._sign == 1:
                    multiplier = 0
                elif other > context.prec:
                    multiplier = context.prec
                else:
                    multiplier = int(other)
                exp = self._exp * multiplier
                if exp < 1 - context.prec:
                    exp = 1 - context.prec
                    context._flag(Rounded)
            else:
                context._flag(Inexact, Rounded)
                exp = 1 - context.prec
            return Decimal._make(result_sign, 10 ** -exp, exp)
        self_adj = self.adjusted()
        if other._special == 'F':
            if (other._sign == 0) == (self_adj < 0):
                return Decimal._make(result_sign, 0, 0)
            return Decimal._make(result_sign, 0, 0, 'F')
        ans = None
        exact = False
        bound = self._log10_exp_bound() + other.adjusted()
        if (self_adj >= 0) == (other._sign == 0):
            if bound >= len(str(context.Emax)):
                ans = Decimal._make(result_sign, 1, context.Emax + 1)
        else:
            etiny = context.Etiny()
            if bound >= len(str(-etiny)):
                ans = Decimal._make(result_sign, 1, etiny - 1)
        if ans is None:
            ans = self._power_exact(other, context.prec + 1)
            if ans is not None:
                if result_sign == 1:
                    ans = Decimal._make(1, ans._int, ans._exp)
                exact = True
        if ans is None:
            p = context.prec
            xc, xe = self._int, self._exp
            yc, ye = other._int, other._exp
            if other._sign == 1:
                yc = -yc
            extra = 3
            while True:
                coeff, exp = _dpower(xc, xe, yc, ye, p + extra)
                if coeff % (5 * 10 ** (len(str(coeff)) - p - 1)):
                    break
                extra += 3
            ans = Decimal._make(result_sign, coeff, exp)
        if exact and not other._isinteger():
            digits = len(str(ans._int))
            if digits <= context.prec:
                expdiff = context.prec + 1 - digits
                ans = Decimal._make(ans._sign, ans._int * 10 ** expdiff, ans._exp - expdiff)
            ans = ans._fix(context)
            context._flag(Inexact)
            return ans
        return ans._fix(context)

    def max(self, other, context=None):
        other = _convert(other, raiseit=True)
        return Decimal(other if other > self else self)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, raiseit=True)
        return Decimal(other if other < self else self)._fix(context or getcontext())

    def scaleb(self, other, context=None):
        other = _convert(other, raiseit=True)
        return Decimal._make(self._sign, self._int, self._exp + int(other), self._special)._fix(context or getcontext())

    def fma(self, other, third, context=None):
        product = Decimal._make(self._sign ^ _convert(other)._sign, self._int * _convert(other)._int,
                                self._exp + _convert(other)._exp)
        return product.__add__(_convert(third), context)

    def conjugate(self):
        return self

    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    def __format__(self, spec, context=None):
        # _pydecimal's __format__, with the C module's spec grammar (no '#', no '_').
        import re
        found = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(0)?((?!0)\d+)?(,)?(?:\.(0|(?!0)\d+))?([eEfFgGn%])?',
                             spec, re.DOTALL)
        if found is None:
            raise ValueError('invalid format string')
        fill, align, sign, no_neg_0, zero, width, comma, precision, kind = found.groups()
        if zero:
            # '0' pads a number with zeros after its sign; a NaN or infinity with spaces.
            if align is not None:
                raise ValueError('invalid format string')
            fill, align = (' ', '>') if self._special else ('0', '=')
        fill = fill if fill is not None else ' '
        align = align or '>'
        width = int(width) if width else 0
        precision = None if precision is None else int(precision)
        context = context or getcontext()
        if self._special:
            body = str(self.copy_abs()) + ('%' if kind == '%' else '')
            return _format_align(_format_sign(self._sign, sign), body, fill, align, width)
        if kind is None:
            kind = 'gG'[context.capitals]
        elif kind == 'n':
            kind = 'g'
        if kind in 'gG' and precision == 0:
            precision = 1
        value = self
        if kind == '%':
            value = Decimal._make(value._sign, value._int, value._exp + 2)
        rounding = context.rounding
        if precision is not None:
            if kind in 'eE':
                value = _format_round(value, precision + 1, rounding)
            elif kind in 'fF%':
                value = _format_rescale(value, -precision, rounding)
            elif kind in 'gG' and len(str(value._int)) > precision:
                value = _format_round(value, precision, rounding)
        # Zeros with a positive exponent have no fixed-point form: 0e0.
        if not value._int and value._exp > 0 and kind in 'fF%':
            value = _format_rescale(value, 0, rounding)
        negative = value._sign and not (no_neg_0 and not value._int)
        digits = str(value._int)
        leftdigits = value._exp + len(digits)
        if kind in 'eE':
            dotplace = 1 - precision if not value._int and precision is not None else 1
        elif kind in 'fF%':
            dotplace = leftdigits
        else:
            dotplace = leftdigits if value._exp <= 0 and leftdigits > -6 else 1
        if dotplace < 0:
            intpart, fracpart = '0', '0' * -dotplace + digits
        elif dotplace > len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
        exp = leftdigits - dotplace
        sign_text = _format_sign(negative, sign)
        if fracpart:
            fracpart = '.' + fracpart
        if exp != 0 or kind in 'eE':
            fracpart += ('E' if kind in 'EG' else 'e') + f'{exp:+}'
        if kind == '%':
            fracpart += '%'
        min_width = width - len(fracpart) - len(sign_text) if zero else 0
        intpart = _format_group(intpart, ',' if comma else '', min_width)
        return _format_align(sign_text, intpart + fracpart, fill, align, width)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _format_sign(negative, sign):
    # The sign a formatted number starts with.
    if negative:
        return '-'
    return sign if sign in (' ', '+') else ''


def _format_align(sign, body, fill, align, width):
    # sign and body padded with fill to width, as align says.
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _format_group(digits, sep, min_width):
    # The integer digits in groups of three joined by sep (none when sep is empty), zero-padded
    # to min_width (_pydecimal's _insert_thousands_sep).
    if not sep:
        width = max(len(digits), min_width, 1)
        return '0' * (width - len(digits)) + digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_rescale(value, exponent, rounding):
    # A finite value with the given exponent, rounded (_pydecimal's _rescale).
    if value._exp >= exponent:
        return Decimal._make(value._sign, value._int * 10 ** (value._exp - exponent), exponent)
    kept, _ = _drop_digits(value._sign, value._int, exponent - value._exp, rounding)
    return Decimal._make(value._sign, kept, exponent)


def _format_round(value, places, rounding):
    # A finite value rounded to places significant digits (_pydecimal's _round).
    if not value._int:
        return value
    adjusted = value._exp + len(str(value._int)) - 1
    result = _format_rescale(value, adjusted + 1 - places, rounding)
    now = result._exp + len(str(result._int)) - 1
    if now != adjusted:
        result = _format_rescale(result, now + 1 - places, rounding)
    return result


def _plain(value):
    # Fixed-point text of a finite value (no exponent).
    digits = str(value._int)
    if value._exp >= 0:
        return digits + '0' * value._exp
    point = len(digits) + value._exp
    if point > 0:
        return digits[:point] + '.' + digits[point:]
    return '0.' + '0' * -point + digits


class _RationalKey:
    # A finite Decimal's exact value paired with the Rational it is compared with.
    __slots__ = ('value', 'other')

    def __init__(self, value, other):
        self.value = value
        self.other = other


def _convert(other, raiseit=False):
    # An operand as a Decimal: Decimals and ints; anything else NotImplemented (or TypeError).
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raiseit:
        raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')
    return NotImplemented


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow,
                                                           Underflow, Clamped])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_current = [DefaultContext.copy()]


# Integer helpers of exp, ln, log10 and non-integral powers (from _pydecimal).
_nbits = int.bit_length

def _decimal_lshift_exact(n, e):
    """ Given integers n and e, return n * 10**e if it's an integer, else None.

    The computation is designed to avoid computing large powers of 10
    unnecessarily.

    >>> _decimal_lshift_exact(3, 4)
    30000
    >>> _decimal_lshift_exact(300, -999999999)  # returns None

    """
    if n == 0:
        return 0
    elif e >= 0:
        return n * 10**e
    else:
        # val_n = largest power of 10 dividing n.
        str_n = str(abs(n))
        val_n = len(str_n) - len(str_n.rstrip('0'))
        return None if val_n < -e else n // 10**-e

def _sqrt_nearest(n, a):
    """Closest integer to the square root of the positive integer n.  a is
    an initial approximation to the square root.  Any positive integer
    will do for a, but the closer a is to the square root of n the
    faster convergence will be.

    """
    if n <= 0 or a <= 0:
        raise ValueError("Both arguments to _sqrt_nearest should be positive.")

    b=0
    while a != b:
        b, a = a, a--n//a>>1
    return a

def _rshift_nearest(x, shift):
    """Given an integer x and a nonnegative integer shift, return closest
    integer to x / 2**shift; use round-to-even in case of a tie.

    """
    b, q = 1 << shift, x >> shift
    return q + (2*(x & (b-1)) + (q&1) > b)

def _div_nearest(a, b):
    """Closest integer to a/b, a and b positive integers; rounds to even
    in the case of a tie.

    """
    q, r = divmod(a, b)
    return q + (2*r + (q&1) > b)

def _ilog(x, M, L = 8):
    """Integer approximation to M*log(x/M), with absolute error boundable
    in terms only of x/M.

    Given positive integers x and M, return an integer approximation to
    M * log(x/M).  For L = 8 and 0.1 <= x/M <= 10 the difference
    between the approximation and the exact result is at most 22.  For
    L = 8 and 1.0 <= x/M <= 10.0 the difference is at most 15.  In
    both cases these are upper bounds on the error; it will usually be
    much smaller."""

    # The basic algorithm is the following: let log1p be the function
    # log1p(x) = log(1+x).  Then log(x/M) = log1p((x-M)/M).  We use
    # the reduction
    #
    #    log1p(y) = 2*log1p(y/(1+sqrt(1+y)))
    #
    # repeatedly until the argument to log1p is small (< 2**-L in
    # absolute value).  For small y we can use the Taylor series
    # expansion
    #
    #    log1p(y) ~ y - y**2/2 + y**3/3 - ... - (-y)**T/T
    #
    # truncating at T such that y**T is small enough.  The whole
    # computation is carried out in a form of fixed-point arithmetic,
    # with a real number z being represented by an integer
    # approximation to z*M.  To avoid loss of precision, the y below
    # is actually an integer approximation to 2**R*y*M, where R is the
    # number of reductions performed so far.

    y = x-M
    # argument reduction; R = number of reductions performed
    R = 0
    while (R <= L and abs(y) << L-R >= M or
           R > L and abs(y) >> R-L >= M):
        y = _div_nearest((M*y) << 1,
                         M + _sqrt_nearest(M*(M+_rshift_nearest(y, R)), M))
        R += 1

    # Taylor series with T terms
    T = -int(-10*len(str(M))//(3*L))
    yshift = _rshift_nearest(y, R)
    w = _div_nearest(M, T)
    for k in range(T-1, 0, -1):
        w = _div_nearest(M, k) - _div_nearest(yshift*w, M)

    return _div_nearest(w*y, M)

def _dlog10(c, e, p):
    """Given integers c, e and p with c > 0, p >= 0, compute an integer
    approximation to 10**p * log10(c*10**e), with an absolute error of
    at most 1.  Assumes that c*10**e is not exactly 1."""

    # increase precision by 2; compensate for this by dividing
    # final result by 100
    p += 2

    # write c*10**e as d*10**f with either:
    #   f >= 0 and 1 <= d <= 10, or
    #   f <= 0 and 0.1 <= d <= 1.
    # Thus for c*10**e close to 1, f = 0
    l = len(str(c))
    f = e+l - (e+l >= 1)

    if p > 0:
        M = 10**p
        k = e+p-f
        if k >= 0:
            c *= 10**k
        else:
            c = _div_nearest(c, 10**-k)

        log_d = _ilog(c, M) # error < 5 + 22 = 27
        log_10 = _log10_digits(p) # error < 1
        log_d = _div_nearest(log_d*M, log_10)
        log_tenpower = f*M # exact
    else:
        log_d = 0  # error < 2.31
        log_tenpower = _div_nearest(f, 10**-p) # error < 0.5

    return _div_nearest(log_tenpower+log_d, 100)

def _dlog(c, e, p):
    """Given integers c, e and p with c > 0, compute an integer
    approximation to 10**p * log(c*10**e), with an absolute error of
    at most 1.  Assumes that c*10**e is not exactly 1."""

    # Increase precision by 2. The precision increase is compensated
    # for at the end with a division by 100.
    p += 2

    # rewrite c*10**e as d*10**f with either f >= 0 and 1 <= d <= 10,
    # or f <= 0 and 0.1 <= d <= 1.  Then we can compute 10**p * log(c*10**e)
    # as 10**p * log(d) + 10**p*f * log(10).
    l = len(str(c))
    f = e+l - (e+l >= 1)

    # compute approximation to 10**p*log(d), with error < 27
    if p > 0:
        k = e+p-f
        if k >= 0:
            c *= 10**k
        else:
            c = _div_nearest(c, 10**-k)  # error of <= 0.5 in c

        # _ilog magnifies existing error in c by a factor of at most 10
        log_d = _ilog(c, 10**p) # error < 5 + 22 = 27
    else:
        # p <= 0: just approximate the whole thing by 0; error < 2.31
        log_d = 0

    # compute approximation to f*10**p*log(10), with error < 11.
    if f:
        extra = len(str(abs(f)))-1
        if p + extra >= 0:
            # error in f * _log10_digits(p+extra) < |f| * 1 = |f|
            # after division, error < |f|/10**extra + 0.5 < 10 + 0.5 < 11
            f_log_ten = _div_nearest(f*_log10_digits(p+extra), 10**extra)
        else:
            f_log_ten = 0
    else:
        f_log_ten = 0

    # error in sum < 11+27 = 38; error after division < 0.38 + 0.5 < 1
    return _div_nearest(f_log_ten + log_d, 100)

class _Log10Memoize(object):
    """Class to compute, store, and allow retrieval of, digits of the
    constant log(10) = 2.302585....  This constant is needed by
    Decimal.ln, Decimal.log10, Decimal.exp and Decimal.__pow__."""
    def __init__(self):
        self.digits = "23025850929940456840179914546843642076011014886"

    def getdigits(self, p):
        """Given an integer p >= 0, return floor(10**p)*log(10).

        For example, self.getdigits(3) returns 2302.
        """
        # digits are stored as a string, for quick conversion to
        # integer in the case that we've already computed enough
        # digits; the stored digits should always be correct
        # (truncated, not rounded to nearest).
        if p < 0:
            raise ValueError("p should be nonnegative")

        if p >= len(self.digits):
            # compute p+3, p+6, p+9, ... digits; continue until at
            # least one of the extra digits is nonzero
            extra = 3
            while True:
                # compute p+extra digits, correct to within 1ulp
                M = 10**(p+extra+2)
                digits = str(_div_nearest(_ilog(10*M, M), 100))
                if digits[-extra:] != '0'*extra:
                    break
                extra += 3
            # keep all reliable digits so far; remove trailing zeros
            # and next nonzero digit
            self.digits = digits.rstrip('0')[:-1]
        return int(self.digits[:p+1])

_log10_digits = _Log10Memoize().getdigits

def _iexp(x, M, L=8):
    """Given integers x and M, M > 0, such that x/M is small in absolute
    value, compute an integer approximation to M*exp(x/M).  For 0 <=
    x/M <= 2.4, the absolute error in the result is bounded by 60 (and
    is usually much smaller)."""

    # Algorithm: to compute exp(z) for a real number z, first divide z
    # by a suitable power R of 2 so that |z/2**R| < 2**-L.  Then
    # compute expm1(z/2**R) = exp(z/2**R) - 1 using the usual Taylor
    # series
    #
    #     expm1(x) = x + x**2/2! + x**3/3! + ...
    #
    # Now use the identity
    #
    #     expm1(2x) = expm1(x)*(expm1(x)+2)
    #
    # R times to compute the sequence expm1(z/2**R),
    # expm1(z/2**(R-1)), ... , exp(z/2), exp(z).

    # Find R such that x/2**R/M <= 2**-L
    R = _nbits((x<<L)//M)

    # Taylor series.  (2**L)**T > M
    T = -int(-10*len(str(M))//(3*L))
    y = _div_nearest(x, T)
    Mshift = M<<R
    for i in range(T-1, 0, -1):
        y = _div_nearest(x*(Mshift + y), Mshift * i)

    # Expansion
    for k in range(R-1, -1, -1):
        Mshift = M<<(k+2)
        y = _div_nearest(y*(y+Mshift), Mshift)

    return M+y

def _dexp(c, e, p):
    """Compute an approximation to exp(c*10**e), with p decimal places of
    precision.

    Returns integers d, f such that:

      10**(p-1) <= d <= 10**p, and
      (d-1)*10**f < exp(c*10**e) < (d+1)*10**f

    In other words, d*10**f is an approximation to exp(c*10**e) with p
    digits of precision, and with an error in d of at most 1.  This is
    almost, but not quite, the same as the error being < 1ulp: when d
    = 10**(p-1) the error could be up to 10 ulp."""

    # we'll call iexp with M = 10**(p+2), giving p+3 digits of precision
    p += 2

    # compute log(10) with extra precision = adjusted exponent of c*10**e
    extra = max(0, e + len(str(c)) - 1)
    q = p + extra

    # compute quotient c*10**e/(log(10)) = c*10**(e+q)/(log(10)*10**q),
    # rounding down
    shift = e+q
    if shift >= 0:
        cshift = c*10**shift
    else:
        cshift = c//10**-shift
    quot, rem = divmod(cshift, _log10_digits(q))

    # reduce remainder back to original precision
    rem = _div_nearest(rem, 10**extra)

    # error in result of _iexp < 120;  error after division < 0.62
    return _div_nearest(_iexp(rem, 10**p), 1000), quot - p + 3

def _dpower(xc, xe, yc, ye, p):
    """Given integers xc, xe, yc and ye representing Decimals x = xc*10**xe and
    y = yc*10**ye, compute x**y.  Returns a pair of integers (c, e) such that:

      10**(p-1) <= c <= 10**p, and
      (c-1)*10**e < x**y < (c+1)*10**e

    in other words, c*10**e is an approximation to x**y with p digits
    of precision, and with an error in c of at most 1.  (This is
    almost, but not quite, the same as the error being < 1ulp: when c
    == 10**(p-1) we can only guarantee error < 10ulp.)

    We assume that: x is positive and not equal to 1, and y is nonzero.
    """

    # Find b such that 10**(b-1) <= |y| <= 10**b
    b = len(str(abs(yc))) + ye

    # log(x) = lxc*10**(-p-b-1), to p+b+1 places after the decimal point
    lxc = _dlog(xc, xe, p+b+1)

    # compute product y*log(x) = yc*lxc*10**(-p-b-1+ye) = pc*10**(-p-1)
    shift = ye-b
    if shift >= 0:
        pc = lxc*yc*10**shift
    else:
        pc = _div_nearest(lxc*yc, 10**-shift)

    if pc == 0:
        # we prefer a result that isn't exactly 1; this makes it
        # easier to compute a correctly rounded result in __pow__
        if ((len(str(xc)) + xe >= 1) == (yc > 0)): # if x**y > 1:
            coeff, exp = 10**(p-1)+1, 1-p
        else:
            coeff, exp = 10**p-1, -p
    else:
        coeff, exp = _dexp(pc, -(p+1), p+1)
        coeff = _div_nearest(coeff, 10)
        exp += 1

    return coeff, exp

def _log10_lb(c, correction = {
        '1': 100, '2': 70, '3': 53, '4': 40, '5': 31,
        '6': 23, '7': 16, '8': 10, '9': 5}):
    """Compute a lower bound for 100*log10(c) for a positive integer c."""
    if c <= 0:
        raise ValueError("The argument to _log10_lb should be nonnegative.")
    str_c = str(c)
    return 100*len(str_c) - correction[str_c[0]]



def getcontext():
    '''The current context.'''
    return _current[0]


def setcontext(context):
    '''Makes context the current one.'''
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, context, changes):
        self._context = (context or getcontext()).copy()
        for name, value in changes.items():
            if not hasattr(self._context, name) or name in ('flags', 'traps'):
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
            setattr(self._context, name, value)

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._context)
        return self._context

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    '''A context manager: a copy of ctx (the current context) is current inside the with block.'''
    return _LocalContext(ctx, kwargs)


_LocalContext.__name__ = _LocalContext.__qualname__ = 'ContextManager'

# The tp_names of CPython's C types (messages show 'decimal.Decimal').
for _cls in (Decimal, Context, _LocalContext):
    _set_tp_name(_cls, 'decimal.' + _cls.__name__)
del _cls, _set_tp_name
`;
