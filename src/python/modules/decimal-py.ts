// The `decimal` module: Decimal numbers (sign, integer coefficient, exponent; NaN and
// Infinity), contexts with precision and rounding, and the signals, following the General
// Decimal Arithmetic specification as CPython 3.11's decimal does. pymm's own Python: a
// value is rounded to the context's precision after each operation; division and square
// root keep a sticky digit so that the one rounding is correct.

import { DECIMAL_EXTRA_PY } from './decimal-extra-py.js';
import { DECIMAL_MATH_PY } from './decimal-math-py.js';

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
        adjusted = self._exp + len(digits) - 1
        if self._exp <= 0 and adjusted >= -6:
            point = len(digits) + self._exp
            if self._exp == 0:
                return sign + digits
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * -point + digits
        mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        return f"{sign}{mantissa}E{'+' if adjusted >= 0 else '-'}{abs(adjusted)}"

    def to_eng_string(self, context=None):
        return str(self)

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
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            return _decimal_power(self, other, context)
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        n = other._int * 10 ** max(other._exp, 0) if other._exp >= 0 else other._int // 10 ** -other._exp
        if self._special is None and self._int > 1 and n * len(str(self._int)) > 4 * context.prec + 4000:
            # Too many digits to compute exactly: exp(y ln |x|), the sign by n's parity.
            magnitude = _decimal_power(self.copy_abs(), other, context)
            return magnitude.copy_negate() if self._sign and n % 2 else magnitude
        result = Decimal._make((self._sign if n % 2 else 0), self._int ** n, self._exp * n)
        if other._sign:
            return Decimal(1).__truediv__(result, context)
        return result._fix(context)

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

    def exp(self, context=None):
        '''e raised to this value, correctly rounded to the context.'''
        return _decimal_exp(self, context or getcontext())

    def ln(self, context=None):
        '''The natural logarithm, correctly rounded to the context.'''
        return _decimal_ln(self, context or getcontext())

    def log10(self, context=None):
        '''The base-10 logarithm, correctly rounded (exact for a power of ten).'''
        return _decimal_log10(self, context or getcontext())

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
${DECIMAL_MATH_PY}${DECIMAL_EXTRA_PY}`;
