// The decimal module's transcendental functions: exp, ln, log10 and x**y for a non-integral
// y, correctly rounded to the context's precision as CPython's libmpdec rounds them. pymm's
// own Python on integers: a value is a fixed-point integer (the real number times 10**w);
// exp reduces its argument by multiples of ln 10 and by halving, then sums the Taylor series;
// ln splits off powers of 10 and 2 and sums the atanh series; log10 is ln / ln 10; x**y is
// exp(y * ln x). A Ziv loop widens the working precision until the rounding is unambiguous.

/** Python source appended to the decimal module: the fixed-point helpers and the Ziv loop. */
export const DECIMAL_MATH_PY = `

_LN_CACHE = {}


def _fp_atanh_recip(n, w):
    # atanh(1/n) * 10**w, n > 1, within a few units: the odd-power series in 1/n.
    one = 10 ** (w + 4)
    power = one // n
    square = n * n
    total, k = 0, 1
    while power:
        total += power // k
        power //= square
        k += 2
    return total // 10 ** 4


def _fp_ln_consts(w):
    # (ln 2, ln 10) * 10**w: ln 2 = 2 atanh(1/3), ln(5/4) = 2 atanh(1/9), ln 10 = 3 ln 2 + ln(5/4).
    for have, pair in _LN_CACHE.items():
        if have >= w:
            cut = 10 ** (have - w)
            return pair[0] // cut, pair[1] // cut
    wide = w + 10
    ln2 = 2 * _fp_atanh_recip(3, wide)
    ln10 = 3 * ln2 + 2 * _fp_atanh_recip(9, wide)
    _LN_CACHE.clear()
    _LN_CACHE[wide] = (ln2, ln10)
    return ln2 // 10 ** 10, ln10 // 10 ** 10


def _fp_of(coefficient, exponent, w):
    # coefficient * 10**exponent as a fixed-point integer of scale 10**w (truncated).
    shift = exponent + w
    return coefficient * 10 ** shift if shift >= 0 else coefficient // 10 ** -shift


def _fp_exp_small(r, w):
    # exp(r / 10**w) * 10**w for |r| <= about 1.2 * 10**w: halve the argument, sum, square back.
    halvings = 4 + int(w ** 0.5)
    wide = w + 6 + halvings // 3
    one = 10 ** wide
    x = (abs(r) * 10 ** (wide - w)) >> halvings
    total, term, k = one, one, 1
    while term:
        term = term * x // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    if r < 0:
        total = one * one // total
    return total // 10 ** (wide - w)


def _fp_exp(x, w):
    # exp(x / 10**w) as (digits, exponent): value = digits * 10**exponent with a relative error
    # of a few units in 10**-w; x is first reduced by k * ln 10.
    ln10 = _fp_ln_consts(w + 4)[1]
    k = (x * 10 ** 4 + ln10 // 2) // ln10
    extra = len(str(abs(k))) + 2
    ln10 = _fp_ln_consts(w + extra)[1]
    r = (x * 10 ** extra - k * ln10) // 10 ** extra
    return _fp_exp_small(r, w), k - w


def _fp_ln(coefficient, exponent, w):
    # ln(coefficient * 10**exponent) * 10**w for a positive value, within a few units.
    digits = len(str(coefficient))
    tens = exponent + digits - 1
    m = _fp_of(coefficient, -(digits - 1), w + 4)
    one = 10 ** (w + 4)
    if tens == -1 and 10 * m > 5 * one or tens == 0 and m < 15 * one // 10:
        # Near 1: no reduction, so a result near 0 keeps its relative precision.
        m, tens = _fp_of(coefficient, exponent, w + 4), 0
    twos = 0
    while m > 3 * (one << twos) // 2:
        twos += 1
    extra = len(str(abs(tens))) + 2
    ln2, ln10 = _fp_ln_consts(w + 4 + extra)
    base = one << twos
    z = abs(m - base) * one // (m + base)
    square = z * z // one
    total, power, k = z, z, 1
    while power:
        power = power * square // one
        k += 2
        total += power // k
    result = (2 * total if m >= base else -2 * total) + (tens * ln10 + twos * ln2) // 10 ** extra
    return result // 10 ** 4


def _ziv(approximate, sign, context, exact=None, rounding=ROUND_HALF_EVEN):
    # The correctly rounded Decimal of a real number given by approximate(w) -> (digits, exponent,
    # error): the number lies strictly within (digits +- error) * 10**exponent. The guard grows
    # until no rounding boundary lies in that interval; exact(candidate), when given, may answer an
    # exactly representable number (which no interval can separate from its boundary).
    prec = context.prec
    guard = 6
    for attempt in range(12):
        digits, exponent, error = approximate(prec + guard)
        size = len(str(digits))
        spare = size - prec
        if spare < len(str(error)) + 2:
            guard += prec + len(str(error)) + 4 - size
            continue
        half = 10 ** spare // 2
        low, high = digits - error, digits + error
        if low // half == high // half and low % half and high % half:
            return _rounded_result(sign, digits, exponent, context, rounding)
        if exact is not None and attempt >= 1:
            nearest, lost = _drop_digits(0, digits, spare, ROUND_HALF_EVEN)
            if len(str(nearest)) > prec:
                nearest, spare = nearest // 10, spare + 1
            answer = exact(nearest, exponent + spare)
            if answer is not None:
                context._flag(Inexact, Rounded)
                return Decimal._make(sign, nearest, exponent + spare)
        guard *= 2
    return _rounded_result(sign, digits, exponent, context, rounding)


def _signal_all(context, signals):
    # Set every flag, then raise the first trapped signal (CPython's order of checking).
    for signal in signals:
        context.flags[signal] = True
    for signal in signals:
        if context.traps.get(signal):
            raise signal(list(s for s in signals if context.traps.get(s)))


def _rounded_result(sign, digits, exponent, context, rounding):
    # digits * 10**exponent (not on a rounding boundary) rounded to the context's precision with
    # the given rounding, and the flags of an inexact result; past Emax it overflows, below Emin
    # it becomes subnormal. (libmpdec rounds exp, ln and log10 half-even whatever the context.)
    prec = context.prec
    spare = len(str(digits)) - prec
    kept, _ = _drop_digits(sign, digits, spare, rounding)
    exponent += spare
    if len(str(kept)) > prec:
        kept, exponent = kept // 10, exponent + 1
    adjusted = exponent + prec - 1
    if adjusted > context.Emax:
        _signal_all(context, [Overflow, Inexact, Rounded])
        if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or rounding == ROUND_CEILING and not sign or rounding == ROUND_FLOOR and sign):
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, 10 ** prec - 1, context.Emax - prec + 1)
    if adjusted < context.Emin:
        tiny = context.Etiny()
        drop = tiny - (exponent - spare)
        if drop > len(str(digits)) + 1:
            # Below a tenth of the smallest unit: only a sticky digit of it matters.
            digits, drop = 1, 2
        kept, _ = _drop_digits(sign, digits, drop, rounding) if drop > 0 else (digits, 0)
        signals = [Underflow, Subnormal, Inexact, Rounded] + ([Clamped] if kept == 0 else [])
        _signal_all(context, signals)
        return Decimal._make(sign, kept, tiny)
    _signal_all(context, [Inexact, Rounded])
    return Decimal._make(sign, kept, exponent)


def _one_with_dust(sign_of_dust, context):
    # 1 + d for a d far below the context's last digit, of sign sign_of_dust, correctly rounded.
    prec = context.prec
    if sign_of_dust:
        return _rounded_result(0, 10 ** (prec + 2) - 1, -(prec + 2), context, ROUND_HALF_EVEN)
    return _rounded_result(0, 10 ** (prec + 2) + 1, -(prec + 2), context, ROUND_HALF_EVEN)


def _decimal_exp(x, context):
    if x._special:
        if x.is_nan():
            return x._nan_result(None, context)
        return Decimal._make(0, 0, 0) if x._sign else Decimal._make(0, 0, 0, 'F')
    if x._int == 0:
        return Decimal._make(0, 1, 0)
    if x.adjusted() < -(context.prec + 2):
        return _one_with_dust(x._sign, context)
    if x.adjusted() > len(str(max(context.Emax, -context.Etiny()))) + 1:
        # Far past the exponent limits: any working precision shows over- or underflow.
        if x._sign:
            return _rounded_result(0, 10 ** (context.prec + 2) + 1, context.Etiny() - context.prec - 5, context,
                                   ROUND_HALF_EVEN)
        return _rounded_result(0, 10 ** (context.prec + 2) + 1, context.Emax + 2, context, ROUND_HALF_EVEN)
    signed = -x._int if x._sign else x._int

    def approximate(w):
        digits, exponent = _fp_exp(_fp_of(signed, x._exp, w), w)
        return digits, exponent, 16

    return _ziv(approximate, 0, context)


def _check_log_operand(x, context):
    # The result of ln/log10 for an operand that has one without computing: NaN, 0, <0, inf, 1.
    if x.is_nan():
        return x._nan_result(None, context)
    if x._special == 'F' and not x._sign:
        return Decimal._make(0, 0, 0, 'F')
    if x._special is None and x._int == 0:
        return Decimal._make(1, 0, 0, 'F')
    if x._sign:
        context._raise(InvalidOperation)
        return Decimal._make(0, 0, 0, 'n')
    return None


def _decimal_ln(x, context):
    answer = _check_log_operand(x, context)
    if answer is not None:
        return answer
    if x._int * 10 ** max(x._exp, 0) == 10 ** max(-x._exp, 0):
        return Decimal._make(0, 0, 0)

    def approximate(w):
        value = _fp_ln(x._int, x._exp, w)
        return abs(value), -w, 16

    return _ziv(approximate, 1 if x.adjusted() < 0 and x < 1 else 0, context)


def _decimal_log10(x, context):
    answer = _check_log_operand(x, context)
    if answer is not None:
        return answer
    coefficient, exponent = x._int, x._exp
    while coefficient % 10 == 0:
        coefficient, exponent = coefficient // 10, exponent + 1
    if coefficient == 1:
        return Decimal(exponent)._fix(context)

    def approximate(w):
        ln10 = _fp_ln_consts(w + 4)[1]
        value = _fp_ln(x._int, x._exp, w + 4) * 10 ** (w + 4) // ln10
        return abs(value) // 10 ** 4, -w, 16

    return _ziv(approximate, 1 if x < 1 else 0, context)


def _power_exact(x, y):
    # For x**y with y = n/d (lowest terms): a function telling whether candidate * 10**e is x**y
    # exactly (its d-th power equals x**n), checked only when the sizes can agree.
    from fractions import Fraction
    ratio = Fraction(y._int) * Fraction(10) ** y._exp * (-1 if y._sign else 1)
    base = Fraction(x._int) * Fraction(10) ** x._exp

    def check(candidate, exponent):
        if ratio.denominator > 4000 or abs(exponent) > 20000 or abs(x._exp) > 20000:
            return None
        value = Fraction(candidate) * Fraction(10) ** exponent
        if value == 0:
            return None
        if abs(ratio.numerator) * len(str(x._int)) > 20000 or ratio.denominator * len(str(candidate)) > 20000:
            return None
        if value ** ratio.denominator == base ** ratio.numerator:
            return value
        return None

    return check


def _decimal_power(x, y, context):
    # x ** y for a y that is infinite or has a fractional part (the integral case is exact).
    nan = x._nan_result(y, context)
    if nan is not None:
        return nan
    if x._sign and not (x._special is None and x._int == 0):
        context._raise(InvalidOperation)
        return Decimal._make(0, 0, 0, 'n')
    if x._special == 'F':
        return Decimal._make(0, 0, 0, 'F') if not y._sign else Decimal._make(0, 0, 0)
    if x._int == 0:
        return Decimal._make(0, 0, 0, 'F') if y._sign else Decimal._make(0, 0, 0)
    is_one = x._int * 10 ** max(x._exp, 0) == 10 ** max(-x._exp, 0)
    if is_one:
        context._flag(Inexact, Rounded)
        return Decimal._make(0, 10 ** (context.prec - 1), 1 - context.prec)
    if y._special == 'F':
        big = (x.adjusted() >= 0) == (not y._sign)
        return Decimal._make(0, 0, 0, 'F') if big else Decimal._make(0, 0, 0)
    ln_size = len(str(abs(x.adjusted()))) + 1
    y_size = max(0, y.adjusted() + 1)
    signed_y = -y._int if y._sign else y._int

    def approximate(w):
        wide = w + y_size + ln_size + 2
        logarithm = _fp_ln(x._int, x._exp, wide)
        product = _fp_of(signed_y * logarithm, y._exp, 0)
        limit = 10 ** (wide + len(str(max(context.Emax, -context.Etiny()))) + 2)
        if abs(product) > limit:
            # Past the exponent limits whatever the precision: a digit string that overflows.
            edge = context.Emax + 2 if product > 0 else context.Etiny() - w - 10
            return 2 * 10 ** (w + 2) + 3, edge, 1
        digits, exponent = _fp_exp(product // 10 ** (wide - w), w)
        return digits, exponent, 16

    return _ziv(approximate, 0, context, _power_exact(x, y), context.rounding)
`;
