// The statistics module in Python: exact means and variances (sums taken as fractions), medians, modes, quantiles, correctly rounded standard deviations, covariance, correlation, linear regression and NormalDist, following the behaviour of CPython 3.11's module.

/** Python source of the `statistics` module, run in the module's namespace. */
export const STATISTICS_PY = String.raw`"""Averages and measures of spread of numeric data: mean, median, mode, variance, quantiles."""

import math as _math
import numbers as _numbers
from fractions import Fraction as _Fraction

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _too_few(name, least):
    """The error for fewer than least (1 or 2) data points given to the function name."""
    return StatisticsError('%s requires at least %s data point%s'
                           % (name, ('one', 'two')[least - 1], 's' if least > 1 else ''))


# -- exact arithmetic -----------------------------------------------------------------
#
# Sums are taken exactly: each value becomes numerator/denominator (as_integer_ratio),
# numerators are added per denominator (floats share a few power-of-two denominators), and
# the per-denominator sums are combined as Fractions. Infinities and NaNs have no ratio:
# they are summed as floats on their own, and that float sum is the result.

def _ratio(x):
    """(numerator, denominator) of x, or (x, None) for an infinity or a NaN."""
    if hasattr(x, 'as_integer_ratio'):
        try:
            num, den = x.as_integer_ratio()
        except (ValueError, OverflowError):
            return x, None
        return num, den
    try:
        num, den = x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None
    return num, den


def _result_type(types):
    """The type a result over values of the given types is given in: int gives way to any
    other, a subclass to its base's..., float wins over Fraction; other mixes are errors."""
    kind = int
    for t in types:
        if t is kind or t is int or t is bool:
            continue
        if kind is int or issubclass(t, kind):
            kind = t
        elif issubclass(kind, t):
            pass
        elif issubclass(kind, int):
            kind = t
        elif issubclass(t, int):
            pass
        elif issubclass(kind, _Fraction) and issubclass(t, float):
            kind = t
        elif issubclass(kind, float) and issubclass(t, _Fraction):
            pass
        else:
            raise TypeError("don't know how to coerce %s and %s" % (kind.__name__, t.__name__))
    return kind


def _walk(data, squares):
    """One pass over data: (types seen, count, {den: sum of num}, {den: sum of num*num})."""
    types = set()
    count = 0
    sums = {}
    sq = {} if squares else None
    last = None
    for x in data:
        t = type(x)
        if t is not last:
            types.add(t)
            last = t
        n, d = _ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        if squares:
            sq[d] = sq.get(d, 0) + n * n
    return types, count, sums, sq


def _exact_sum(sums, power=1):
    """The Fraction sum of n / d**power over the partial sums {d: n} (the float sum if
    a non-finite value was met)."""
    if None in sums:
        return sums[None]
    total = _Fraction(0)
    for d, n in sums.items():
        total += _Fraction(n, d ** power)
    return total


def _sum(data):
    """(result type, exact sum, count) of data."""
    types, count, sums, _ = _walk(data, False)
    total = _exact_sum(sums)
    return _result_type(types), total, count


def _sum_of_squares(data, centre=None):
    """(result type, sum of squared deviations, centre used, count) of data; the centre is
    the exact mean unless given (then the squares are computed in the data's arithmetic)."""
    if centre is not None:
        kind, ss, count = _sum((x - centre) * (x - centre) for x in data)
        return kind, ss, centre, count
    types, count, sums, sq = _walk(data, True)
    if count == 0:
        ss = centre = _Fraction(0)
    elif None in sums:
        ss = centre = sums[None]
    else:
        sx = _exact_sum(sums)
        ss = (count * _exact_sum(sq, 2) - sx * sx) / count
        centre = sx / count
    return _result_type(types), ss, centre, count


def _as(value, kind):
    """value (a Fraction, or a float for a non-finite result) in the result type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        # Decimal takes no Fraction: the quotient of its terms, in the current context.
        from decimal import Decimal
        if issubclass(kind, Decimal):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _sqrt_ratio(n, m):
    """The correctly rounded float square root of n/m (n >= 0, m > 0)."""
    # Take an integer square root with enough spare bits (2*53+3) that rounding it to odd
    # and then to a float rounds the true root correctly.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        num, den = n, m << (2 * shift)
    else:
        num, den = n << (-2 * shift), m
    root = _math.isqrt(num // den)
    if root * root * den != num:
        root |= 1
    if shift >= 0:
        return (root << shift) / 1
    return root / (1 << -shift)


# -- averages -------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, computed exactly and given in the data's type."""
    kind, total, n = _sum(data)
    if n < 1:
        raise _too_few('mean', 1)
    return _as(total / n, kind)


def fmean(data, weights=None):
    """The arithmetic mean of data (optionally weighted) in floating point."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _math.fsum(data)
        if not n:
            raise _too_few('fmean', 1)
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    top = _math.fsum(x * w for x, w in zip(data, weights))
    if n != nw:
        raise StatisticsError('data and weights must be the same length')
    bottom = _math.fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        message = 'geometric mean requires a non-empty dataset containing positive numbers'
        raise StatisticsError(message) from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data (optionally weighted)."""
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise _too_few('harmonic_mean', 1)
    if n == 1 and weights is None:
        x = data[0]
        if not (isinstance(x, _numbers.Real) or type(x).__name__ == 'Decimal'):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        weights = [1] * n
        wsum = n
    else:
        weights = list(weights) if iter(weights) is weights else weights
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, wsum, _ = _sum(_no_negatives(weights, negative))
    try:
        kind, total, _ = _sum(w / x if w else 0
                              for w, x in zip(weights, _no_negatives(data, negative)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as(wsum / total, kind)


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    s = sorted(data)
    n = len(s)
    if not n:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n & 1:
        return s[half]
    return (s[half - 1] + s[half]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    s = sorted(data)
    n = len(s)
    if not n:
        raise StatisticsError('no median for empty data')
    return s[n // 2] if n & 1 else s[n // 2 - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    s = sorted(data)
    n = len(s)
    if not n:
        raise StatisticsError('no median for empty data')
    return s[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in bins of width interval, interpolated (a float)."""
    s = sorted(data)
    n = len(s)
    if not n:
        raise StatisticsError('no median for empty data')
    x = s[n // 2]
    lo = 0
    while s[lo] < x:
        lo += 1
    hi = lo
    while hi < n and not (x < s[hi]):
        hi += 1
    try:
        width = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - width / 2.0 + width * (n / 2 - lo) / (hi - lo)


def _tally(data):
    """{value: occurrences} of data's values, in the order first met."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value of data (the first met among equally common ones)."""
    counts = _tally(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best, most = None, 0
    for value, c in counts.items():
        if c > most:
            best, most = value, c
    return best


def multimode(data):
    """Every most common value of data, in the order first met."""
    counts = _tally(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, c in counts.items() if c == most]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    s = sorted(data)
    size = len(s)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    inclusive = method == 'inclusive'
    if not inclusive and method != 'exclusive':
        raise ValueError('Unknown method: %r' % (method,))
    # Cut i sits at position i*(size-1)/n (inclusive) or i*(size+1)/n - 1 (exclusive, the
    # index held to the data's range), interpolated linearly between its neighbours.
    span = size - 1 if inclusive else size + 1
    cuts = []
    for i in range(1, n):
        if inclusive:
            j, frac = divmod(i * span, n)
            lo, hi = s[j], s[j + 1]
        else:
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            lo, hi = s[j - 1], s[j]
        cuts.append((lo * (n - frac) + hi * frac) / n)
    return cuts


# -- spread ---------------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance of data (xbar: its mean, if already known)."""
    kind, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise _too_few('variance', 2)
    return _as(ss / (n - 1), kind)


def pvariance(data, mu=None):
    """The population variance of data (mu: its mean, if already known)."""
    kind, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise _too_few('pvariance', 1)
    return _as(ss / n, kind)


def stdev(data, xbar=None):
    """The sample standard deviation of data, the correctly rounded root of the variance."""
    kind, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise _too_few('stdev', 2)
    v = ss / (n - 1)
    return _sqrt_of(kind, v)


def pstdev(data, mu=None):
    """The population standard deviation of data."""
    kind, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise _too_few('pstdev', 1)
    v = ss / n
    return _sqrt_of(kind, v)


def _sqrt_of(kind, v):
    """The correctly rounded square root of the Fraction v: a Decimal for Decimal data, else a float."""
    if kind.__name__ == 'Decimal' and kind.__module__ == 'decimal':
        return _decimal_sqrt_ratio(v.numerator, v.denominator)
    return _sqrt_ratio(v.numerator, v.denominator)


def _decimal_sqrt_ratio(n, m):
    """The square root of n/m as a Decimal, correctly rounded to the current context's precision."""
    from decimal import Decimal, ROUND_HALF_EVEN, localcontext
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    with localcontext() as ctx:
        # The root with two spare digits and a sticky last digit when inexact: the one
        # rounding to the precision is then correct.
        k = ctx.prec + 3 - (len(str(n)) - len(str(m)) - 1) // 2
        num, den = (n * 10 ** (2 * k), m) if k >= 0 else (n, m * 10 ** (-2 * k))
        root = _math.isqrt(num // den)
        coefficient = root * 10 + (root * root * den != num)
        ctx.rounding = ROUND_HALF_EVEN
        return +Decimal(f'{coefficient}E{-(k + 1)}')


def _mean_and_stdev(data):
    """(mean, sample standard deviation) of data as floats."""
    _, ss, centre, n = _sum_of_squares(data)
    if n < 2:
        raise _too_few('stdev', 2)
    v = ss / (n - 1)
    try:
        return float(centre), _sqrt_ratio(v.numerator, v.denominator)
    except AttributeError:
        return float(centre), float(centre) / float(ss)


# -- two variables --------------------------------------------------------------------

def _pairs_checked(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if n < 2:
        raise _too_few(what, 2)
    return n


def covariance(x, y, /):
    """The sample covariance of two inputs of equal length."""
    n = _pairs_checked(x, y, 'covariance')
    mx = _math.fsum(x) / n
    my = _math.fsum(y) / n
    return _math.fsum((a - mx) * (b - my) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs of equal length."""
    n = _pairs_checked(x, y, 'correlation')
    mx = _math.fsum(x) / n
    my = _math.fsum(y) / n
    dx = [a - mx for a in x]
    dy = [b - my for b in y]
    sxy = _math.fsum(a * b for a, b in zip(dx, dy))
    sxx = _math.fsum(a * a for a in dx)
    syy = _math.fsum(b * b for b in dy)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept)"""

    __slots__ = ()
    _fields = ('slope', 'intercept')
    _field_defaults = {}
    __match_args__ = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @classmethod
    def _make(cls, iterable):
        slope, intercept = iterable
        return cls(slope, intercept)

    def _replace(self, **changes):
        values = {'slope': self[0], 'intercept': self[1]}
        for name in changes:
            if name not in values:
                raise ValueError('Got unexpected field names: %r' % list(changes))
        values.update(changes)
        return type(self)(values['slope'], values['intercept'])

    def _asdict(self):
        return {'slope': self[0], 'intercept': self[1]}

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return '%s(slope=%r, intercept=%r)' % (type(self).__name__, self[0], self[1])

    slope = property(lambda self: self[0], doc='Alias for field number 0')
    intercept = property(lambda self: self[1], doc='Alias for field number 1')


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least-squares line through (x, y)."""
    n = _pairs_checked(x, y, 'linear regression')
    if not proportional:
        mx = _math.fsum(x) / n
        my = _math.fsum(y) / n
        x = [a - mx for a in x]
        y = [b - my for b in y]
    sxy = _math.fsum(a * b for a, b in zip(x, y))
    sxx = _math.fsum(a * a for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else my - slope * mx
    return LinearRegression(slope, intercept)


# -- the normal distribution ----------------------------------------------------------

# Wichura's algorithm AS241 (Applied Statistics 37, 1988) for the normal quantile: a
# rational function of r in each of three ranges of p, numerator and denominator given
# here by their coefficients from the highest power of r down.
_AS241 = {
    'centre': (
        (2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987,
         13731.69376550946, 1971.5909503065513, 133.14166789178438, 3.3871328727963665),
        (5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597,
         5394.196021424751, 687.1870074920579, 42.31333070160091, 1.0)),
    'inner': (
        (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
         3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835),
        (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457,
         0.14810397642748008, 0.6897673349851, 1.6763848301838038, 2.053191626637759, 1.0)),
    'outer': (
        (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784,
         0.026532189526576124, 0.29656057182850487, 1.7848265399172913, 5.463784911164114,
         6.657904643501103),
        (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05,
         0.0007868691311456133, 0.014875361290850615, 0.1369298809227358, 0.599832206555888,
         1.0)),
}


def _poly(coefficients, r):
    """The polynomial with these coefficients (highest power first) at r, by Horner's rule."""
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_quantile(p, mu, sigma):
    """The x at which the normal distribution (mu, sigma) has cumulative probability p."""
    q = p - 0.5
    if _math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241['centre']
        return mu + _poly(top, r) * q / _poly(bottom, r) * sigma
    r = _math.sqrt(-_math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        top, bottom = _AS241['inner']
    else:
        r = r - 5.0
        top, bottom = _AS241['outer']
    x = _poly(top, r) / _poly(bottom, r)
    return mu + (-x if q < 0.0 else x) * sigma


def _undefined(what):
    return StatisticsError(what + ' not defined when sigma is zero')


class NormalDist:
    """A normal distribution of a random variable, with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution estimated from samples (their mean and sample deviation)."""
        mu, sigma = _mean_and_stdev(data)
        return cls(mu, sigma)

    def samples(self, n, *, seed=None):
        """n random samples (reproducible with seed)."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def _require_spread(self, what):
        if not self._sigma:
            raise _undefined(what)

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise _undefined('pdf()')
        d = x - self._mu
        return _math.exp(d * d / (-2.0 * var)) / _math.sqrt(_math.tau * var)

    def cdf(self, x):
        """The probability that the variable is at most x."""
        self._require_spread('cdf()')
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The x for which cdf(x) is p (0 < p < 1)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely intervals."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The area shared by the two distributions' density curves (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise _undefined('overlap()')
        dv = vb - va
        dm = _math.fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - _math.erf(dm / (2.0 * a._sigma * _math.sqrt(2.0)))
        centre = a._mu * vb - b._mu * va
        spread = a._sigma * b._sigma * _math.sqrt(dm * dm + dv * _math.log(vb / va))
        x1 = (centre + spread) / dv
        x2 = (centre - spread) / dv
        return 1.0 - (_math.fabs(b.cdf(x1) - a.cdf(x1)) + _math.fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._require_spread('zscore()')
        mu, sigma = self._mu, self._sigma
        return (x - mu) / sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean of the normal distribution.')
    median = property(lambda self: self._mu, doc='Return the median of the normal distribution')
    mode = property(lambda self: self._mu, doc='Return the mode of the normal distribution')
    stdev = property(lambda self: self._sigma, doc='Standard deviation of the normal distribution.')
    variance = property(lambda self: self._sigma * self._sigma,
                        doc='Square of the standard deviation.')

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * _math.fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / _math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        state = (self._mu, self._sigma)
        return hash(state)

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        mu, sigma = state
        self._mu = mu
        self._sigma = sigma
`;
