// The decimal module's less common Decimal operations (logb, to_eng_string and the
// capitals setting, three-argument pow, remainder_near, compare_total, the is_* class tests,
// number_class, rotate/shift, the logical operations, same_quantum) and the Context methods
// that apply an operation under that context (Context.add, .power, .divide_int …), following
// the General Decimal Arithmetic specification as CPython 3.11's _decimal does. Written for pymm.

/** Python source appended to the decimal module: the extra Decimal and Context methods. */
export const DECIMAL_EXTRA_PY = `

def _decimal_text(self, eng=False, context=None):
    # Scientific (or, with eng, engineering) notation; 'e' or 'E' by the context's capitals.
    sign = '-' if self._sign else ''
    if self._special == 'F':
        return sign + 'Infinity'
    if self._special:
        return sign + ('sNaN' if self._special == 'N' else 'NaN') + (str(self._int) if self._int else '')
    digits = str(self._int)
    left = self._exp + len(digits)          # digits before the point in plain notation
    if self._exp <= 0 and left > -6:
        point = left
    elif not eng:
        point = 1
    elif self._int == 0:
        point = (left + 1) % 3 - 1
    else:
        point = (left - 1) % 3 + 1
    if point <= 0:
        body = '0.' + '0' * -point + digits
    elif point >= len(digits):
        body = digits + '0' * (point - len(digits))
    else:
        body = digits[:point] + '.' + digits[point:]
    if left == point:
        return sign + body
    capitals = (context or getcontext()).capitals
    return '%s%s%s%+d' % (sign, body, 'E' if capitals else 'e', left - point)


def _to_sci_string(self, context=None):
    return _decimal_text(self, False, context)


def _to_eng_string(self, context=None):
    '''The value in engineering notation (an exponent that is a multiple of 3).'''
    return _decimal_text(self, True, context)


_decimal_text.__name__ = _decimal_text.__qualname__ = '__str__'
Decimal.__str__ = _decimal_text
_NAN = lambda: Decimal._make(0, 0, 0, 'n')


def _logb(self, context=None):
    '''The adjusted exponent as a Decimal (-Infinity for zero, signalling DivisionByZero).'''
    context = context or getcontext()
    if self.is_nan():
        return self._nan_result(None, context)
    if self._special == 'F':
        return Decimal._make(0, 0, 0, 'F')
    if self._int == 0:
        context._raise(DivisionByZero)
        return Decimal._make(1, 0, 0, 'F')
    return Decimal(self.adjusted())._fix(context)


def _power_modulo(self, other, modulo, context):
    # pow(self, other, modulo): all three integral, other >= 0, modulo nonzero and within prec.
    modulo = _convert(modulo, raiseit=True)
    nan = self._nan_result(other, context) or modulo._nan_result(None, context)
    if nan is not None:
        return nan
    values = []
    for x in (self, other, modulo):
        if x._special or (x._exp < 0 and x._int % 10 ** -x._exp):
            context._raise(InvalidOperation)
            return _NAN()
        values.append(int(x))
    base, exponent, mod = values
    if (exponent < 0 or mod == 0 or len(str(abs(mod))) > context.prec
            or (base == 0 and exponent == 0)):
        context._raise(InvalidOperation)
        return _NAN()
    result = pow(abs(base), exponent, abs(mod))
    return Decimal._make(1 if base < 0 and exponent % 2 and result else 0, result, 0)


_plain_power = Decimal.__pow__


def _decimal_pow(self, other, modulo=None, context=None):
    other = _convert(other)
    if other is NotImplemented:
        return other
    context = context or getcontext()
    if modulo is not None:
        return _power_modulo(self, other, modulo, context)
    if (self._special is None and other._special is None and other._exp >= 0 and not other._sign
            and str(self._int).rstrip('0') == '1' and len(str(other._int)) + other._exp > 4):
        # A power of ten to a huge integral power: exactly 1 (at most prec digits), else out of range.
        n = other._int * 10 ** other._exp
        zeros = len(str(self._int)) - 1
        sign = self._sign if n % 2 else 0
        if zeros + self._exp > 0:
            context._flag(Overflow, Inexact, Rounded)
            return Decimal._make(sign, 0, 0, 'F')
        if zeros + self._exp < 0:
            context._flag(Underflow, Subnormal, Inexact, Rounded, Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if zeros == 0:
            return Decimal._make(sign, 1, 0)
        context._flag(Rounded)
        return Decimal._make(sign, 10 ** (context.prec - 1), 1 - context.prec)
    return _plain_power(self, other, None, context)


def _rpow(self, other, modulo=None, context=None):
    other = _convert(other)
    return other if other is NotImplemented else _decimal_pow(other, self, modulo, context)


def _remainder_near(self, other, context=None):
    '''self - other * n, n the integer nearest self / other (ties to even).'''
    other = _convert(other, raiseit=True)
    context = context or getcontext()
    nan = self._nan_result(other, context)
    if nan is not None:
        return nan
    if self._special == 'F' or other._int == 0 and other._special is None:
        context._raise(InvalidOperation)
        return _NAN()
    if other._special == 'F':
        return Decimal(self)._fix(context)
    exponent = min(self._exp, other._exp)
    a = self._int * 10 ** (self._exp - exponent) * (-1 if self._sign else 1)
    b = other._int * 10 ** (other._exp - exponent) * (-1 if other._sign else 1)
    q, r = divmod(a, b)
    if 2 * abs(r) > abs(b) or (2 * abs(r) == abs(b) and q % 2):
        q += 1
        r -= b
    if len(str(abs(q))) > context.prec:
        context._raise(DivisionImpossible)
        return _NAN()
    return Decimal._make(self._sign if r == 0 else int(r < 0), abs(r), exponent)._fix(context)


def _total_key(x):
    # Sorts every Decimal as the specification's total order does.
    if x._special in ('n', 'N'):
        rank = (3 if x._special == 'n' else 2, x._int)
        return (-1, tuple(-v for v in rank)) if x._sign else (1, rank)
    if x._special == 'F':
        return (-1, (-1,)) if x._sign else (1, (0, 0))
    from fractions import Fraction
    value = Fraction(x._int) * Fraction(10) ** x._exp
    if x._sign:
        return (-1, (0, -value, x._exp)) if x._int else (0, (-1, x._exp))
    return (1, (-1, value, x._exp)) if x._int else (0, (0, x._exp))


def _compare_total(self, other, context=None):
    '''-1, 0 or 1 by the total order (sign, value, exponent; NaNs at the ends).'''
    a, b = _total_key(self), _total_key(_convert(other, raiseit=True))
    return Decimal((a > b) - (a < b))


def _compare_total_mag(self, other, context=None):
    return _compare_total(self.copy_abs(), _convert(other, raiseit=True).copy_abs())


def _compare_signal(self, other, context=None):
    other = _convert(other, raiseit=True)
    context = context or getcontext()
    if self.is_nan() or other.is_nan():
        context._raise(InvalidOperation)
        return _NAN()
    return self.compare(other, context)


def _is_normal(self, context=None):
    context = context or getcontext()
    return self._special is None and self._int != 0 and self.adjusted() >= context.Emin


def _is_subnormal(self, context=None):
    context = context or getcontext()
    return self._special is None and self._int != 0 and self.adjusted() < context.Emin


def _number_class(self, context=None):
    '''One of the ten class names: '+Normal', '-Zero', 'NaN', 'sNaN', '+Infinity', ….'''
    if self._special == 'n':
        return 'NaN'
    if self._special == 'N':
        return 'sNaN'
    sign = '-' if self._sign else '+'
    if self._special == 'F':
        return sign + 'Infinity'
    if self._int == 0:
        return sign + 'Zero'
    return sign + ('Subnormal' if _is_subnormal(self, context) else 'Normal')


def _digit_shift(self, other, context, rotate):
    other = _convert(other, raiseit=True)
    context = context or getcontext()
    nan = self._nan_result(other, context)
    if nan is not None:
        return nan
    prec = context.prec
    if other._special or other._exp != 0 or abs(other._int) > prec:
        context._raise(InvalidOperation)
        return _NAN()
    if self._special == 'F':
        return Decimal(self)
    n = -other._int if other._sign else other._int
    digits = str(self._int)[-prec:].rjust(prec, '0')
    if rotate:
        n %= prec
        digits = digits[n:] + digits[:n]
    elif n >= 0:
        digits = (digits + '0' * n)[-prec:]
    else:
        digits = ('0' * -n + digits)[:prec]
    return Decimal._make(self._sign, int(digits), self._exp)


def _logical(op):
    def method(self, other=None, context=None):
        operands = [self] if op is None else [self, _convert(other, raiseit=True)]
        context = context or getcontext()
        texts = []
        for x in operands:
            text = str(x._int)
            if x._special or x._sign or x._exp != 0 or set(text) - {'0', '1'}:
                context._raise(InvalidOperation)
                return _NAN()
            texts.append(text.rjust(context.prec, '0')[-context.prec:])
        if op is None:
            bits = ''.join('1' if c == '0' else '0' for c in texts[0])
        else:
            bits = ''.join(str(op(int(a), int(b))) for a, b in zip(*texts))
        return Decimal._make(0, int(bits), 0)
    return method


def _same_quantum(self, other, context=None):
    other = _convert(other, raiseit=True)
    if self._special or other._special:
        return (self.is_nan() and other.is_nan()) or (self._special == other._special == 'F')
    return self._exp == other._exp


for _name, _fn in [
        ('logb', _logb), ('__pow__', _decimal_pow), ('__rpow__', _rpow),
        ('remainder_near', _remainder_near), ('compare_total', _compare_total),
        ('compare_total_mag', _compare_total_mag), ('compare_signal', _compare_signal),
        ('is_normal', _is_normal), ('is_subnormal', _is_subnormal),
        ('number_class', _number_class),
        ('rotate', lambda self, other, context=None: _digit_shift(self, other, context, True)),
        ('shift', lambda self, other, context=None: _digit_shift(self, other, context, False)),
        ('logical_and', _logical(lambda a, b: a & b)), ('logical_or', _logical(lambda a, b: a | b)),
        ('logical_xor', _logical(lambda a, b: a ^ b)), ('logical_invert', _logical(None)),
        ('same_quantum', _same_quantum), ('to_sci_string', _to_sci_string),
        ('to_eng_string', _to_eng_string), ('radix', lambda self: Decimal(10)),
        ('is_canonical', lambda self: True), ('canonical', lambda self: self)]:
    _fn.__name__ = _fn.__qualname__ = _name
    setattr(Decimal, _name, _fn)


def _context_method(name, target, nargs):
    # Context.name(a, ...): the Decimal operation target on a (an int or Decimal) under this context.
    def method(self, *args):
        if len(args) != nargs:
            if nargs == 1:
                raise TypeError('Context.%s() takes exactly one argument (%d given)' % (name, len(args)))
            raise TypeError('function takes exactly %d arguments (%d given)' % (nargs, len(args)))
        a, rest = _convert(args[0], raiseit=True), args[1:]
        rest = [_convert(x, raiseit=True) for x in rest]
        if target in ('to_sci_string', 'to_eng_string', 'number_class', 'is_normal', 'is_subnormal'):
            return getattr(a, target)(*rest, context=self)
        if target.startswith('is_') or target in ('copy_abs', 'copy_negate', 'radix', 'canonical',
                                                  'same_quantum', 'compare_total', 'compare_total_mag'):
            return getattr(a, target)(*rest)
        if target == '__abs__':
            return a.__abs__(context=self)
        return getattr(a, target)(*rest, context=self)
    method.__name__ = method.__qualname__ = name
    return method


for _name, _target, _n in [
        ('add', '__add__', 2), ('subtract', '__sub__', 2), ('multiply', '__mul__', 2),
        ('divide', '__truediv__', 2), ('divide_int', '__floordiv__', 2), ('remainder', '__mod__', 2),
        ('divmod', '__divmod__', 2), ('plus', '__pos__', 1), ('minus', '__neg__', 1), ('abs', '__abs__', 1),
        ('sqrt', 'sqrt', 1), ('exp', 'exp', 1), ('ln', 'ln', 1), ('log10', 'log10', 1), ('logb', 'logb', 1),
        ('quantize', 'quantize', 2), ('normalize', 'normalize', 1), ('reduce', 'normalize', 1),
        ('max', 'max', 2), ('min', 'min', 2), ('compare', 'compare', 2), ('compare_signal', 'compare_signal', 2),
        ('compare_total', 'compare_total', 2), ('compare_total_mag', 'compare_total_mag', 2),
        ('remainder_near', 'remainder_near', 2), ('fma', 'fma', 3), ('scaleb', 'scaleb', 2),
        ('to_integral', 'to_integral_value', 1), ('to_integral_value', 'to_integral_value', 1),
        ('to_integral_exact', 'to_integral_exact', 1), ('to_sci_string', 'to_sci_string', 1),
        ('to_eng_string', 'to_eng_string', 1), ('number_class', 'number_class', 1),
        ('is_normal', 'is_normal', 1), ('is_subnormal', 'is_subnormal', 1), ('is_zero', 'is_zero', 1),
        ('is_nan', 'is_nan', 1), ('is_qnan', 'is_qnan', 1), ('is_snan', 'is_snan', 1),
        ('is_signed', 'is_signed', 1), ('is_finite', 'is_finite', 1), ('is_infinite', 'is_infinite', 1),
        ('is_canonical', 'is_canonical', 1), ('canonical', 'canonical', 1),
        ('copy_abs', 'copy_abs', 1), ('copy_negate', 'copy_negate', 1), ('copy_sign', 'copy_sign', 2),
        ('same_quantum', 'same_quantum', 2), ('rotate', 'rotate', 2), ('shift', 'shift', 2),
        ('logical_and', 'logical_and', 2), ('logical_or', 'logical_or', 2),
        ('logical_xor', 'logical_xor', 2), ('logical_invert', 'logical_invert', 1)]:
    setattr(Context, _name, _context_method(_name, _target, _n))


def _context_power(self, a, b, modulo=None):
    '''a ** b (modulo modulo) under this context.'''
    a = _convert(a, raiseit=True)
    return _decimal_pow(a, _convert(b, raiseit=True), modulo, self)


def _context_create_decimal_from_float(self, f):
    return Decimal.from_float(f)._fix(self)


Context.power = _context_power
Context.create_decimal_from_float = _context_create_decimal_from_float
Context.radix = lambda self: Decimal(10)
del _name, _fn, _target, _n


# Context reprs list signals in libmpdec's flag-bit order; InvalidOperation's place is that of
# the condition that set it (ConversionSyntax 1, DivisionImpossible 3, DivisionUndefined 4,
# InvalidContext 7, InvalidOperation 8), or 1 when set directly.
_BIT = {Clamped: 0, DivisionByZero: 2, Inexact: 6, FloatOperation: 10, Overflow: 11,
        Rounded: 12, Subnormal: 13, Underflow: 14}
_INVALID_BIT = {ConversionSyntax: 1, DivisionImpossible: 3, DivisionUndefined: 4, InvalidContext: 7}
_plain_raise, _plain_flag, _plain_clear, _plain_copy = (
    Context._raise, Context._flag, Context.clear_flags, Context.copy)


def _note_invalid(context, bit):
    if context.__dict__.get('_invalid_bit', 99) > bit and not (
            context.flags.get(InvalidOperation) and '_invalid_bit' not in context.__dict__):
        object.__setattr__(context, '_invalid_bit', bit)


def _context_raise(self, condition, explanation=''):
    if _SIGNAL_OF.get(condition, condition) is InvalidOperation:
        _note_invalid(self, _INVALID_BIT.get(condition, 8))
    return _plain_raise(self, condition, explanation)


def _context_flag(self, *signals):
    if InvalidOperation in signals:
        _note_invalid(self, 8)
    return _plain_flag(self, *signals)


def _context_clear_flags(self):
    self.__dict__.pop('_invalid_bit', None)
    _plain_clear(self)


def _context_copy(self):
    twin = _plain_copy(self)
    if '_invalid_bit' in self.__dict__:
        object.__setattr__(twin, '_invalid_bit', self._invalid_bit)
    return twin


def _context_repr(self):
    def listed(signals, invalid_bit):
        on = [s for s in _FLAG_ORDER if signals.get(s)]
        on.sort(key=lambda s: invalid_bit if s is InvalidOperation else _BIT[s])
        return ', '.join(_FLAG_NAMES[s] for s in on)
    return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
            f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
            f'flags=[{listed(self.flags, self.__dict__.get("_invalid_bit", 1))}], '
            f'traps=[{listed(self.traps, 1)}])')


for _name, _fn in [('_raise', _context_raise), ('_flag', _context_flag),
                   ('clear_flags', _context_clear_flags), ('copy', _context_copy),
                   ('__copy__', _context_copy), ('__repr__', _context_repr)]:
    _fn.__name__ = _fn.__qualname__ = _name
    setattr(Context, _name, _fn)
del _name, _fn
`;
