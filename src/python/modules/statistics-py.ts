// The statistics module in Python: exact means and variances (sums taken as fractions), medians, modes, quantiles, correctly rounded standard deviations, covariance, correlation and linear regression, following the behaviour of CPython 3.11's module (no NormalDist).

/** Python source of the `statistics` module, run in the module's namespace. */
export const STATISTICS_PY = String.raw`"""Averages and measures of spread of numeric data: mean, median, mode, variance, quantiles."""

import math as _math
from fractions import Fraction as _Fraction
from collections import Counter as _Counter, namedtuple as _namedtuple

__all__ = [
    'StatisticsError', 'correlation', 'covariance', 'fmean',
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
    return kind(value)


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
        if not (isinstance(x, (int, float, _Fraction)) or type(x).__name__ == 'Decimal'):
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


def mode(data):
    """The most common value of data (the first met among equally common ones)."""
    counts = _Counter(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    best, most = None, 0
    for value, c in counts.items():
        if c > most:
            best, most = value, c
    return best


def multimode(data):
    """Every most common value of data, in the order first met."""
    counts = _Counter(iter(data))
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
    _, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise _too_few('stdev', 2)
    v = ss / (n - 1)
    return _sqrt_ratio(v.numerator, v.denominator)


def pstdev(data, mu=None):
    """The population standard deviation of data."""
    _, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise _too_few('pstdev', 1)
    v = ss / n
    return _sqrt_ratio(v.numerator, v.denominator)


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


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


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
`;
