// The `cmath` module: complex exponentials, logarithms, roots and (inverse, hyperbolic)
// trigonometric functions, polar/rect and the classification helpers, computed with the
// formulas CPython 3.11's cmathmodule.c uses (scaling near overflow and underflow, log1p
// near |z| = 1) so that finite arguments give its results; infinite and nan parts take
// the values of its special-value tables.

/** Source of the cmath module, run in the module's namespace. */
export const CMATH_PY = String.raw`
'''Mathematical functions over complex numbers.'''
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e+308
_DBL_MIN = 2.2250738585072014e-308
_BIG = _DBL_MAX / 4.0
_SQRT_BIG = _m.sqrt(_BIG)
_LOG_BIG = _m.log(_BIG)
_SQRT_TINY = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _domain():
    return ValueError('math domain error')


def _range():
    return OverflowError('math range error')


def _as_complex(z):
    '''z as a complex: complex itself, anything with __complex__, or a real number.'''
    if type(z) is complex:
        return z
    kind = type(z)
    if hasattr(kind, '__complex__'):
        made = kind.__complex__(z)
        if not isinstance(made, complex):
            raise TypeError(f'__complex__ returned non-complex (type {type(made).__name__})')
        return made
    if hasattr(kind, '__float__') or hasattr(kind, '__index__'):
        return complex(float(z), 0.0)
    raise TypeError(f'must be real number, not {kind.__name__}')


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _checked(x, y):
    '''complex(x, y), OverflowError when a finite input gave an infinite part.'''
    if _m.isinf(x) or _m.isinf(y):
        raise _range()
    return complex(x, y)


def _sqrt(z):
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def _log(z, strict=True):
    '''The natural logarithm; ValueError for 0 unless not strict (then -inf real part).'''
    if not _finite(z):
        return _special('log', z)
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if ax > _BIG or ay > _BIG:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax == 0.0 and ay == 0.0:
            if strict:
                raise _domain()
            return complex(-inf, _m.atan2(y, x))
        real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big, small = (ax, ay) if ax > ay else (ay, ax)
            real = _m.log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def _asinh(z):
    x, y = z.real, z.imag
    if abs(x) > _BIG or abs(y) > _BIG:
        size = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        real = _m.copysign(size, x) if y >= 0 else -_m.copysign(size, -x)
        return complex(real, _m.atan2(y, abs(x)))
    a = _sqrt(complex(1.0 + y, -x))
    b = _sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(a.real * b.imag - b.real * a.imag),
                   _m.atan2(y, a.real * b.real - a.imag * b.imag))


def _atanh(z):
    x, y = z.real, z.imag
    if x < 0.0:
        w = _atanh(complex(-x, -y))
        return complex(-w.real, -w.imag)
    ay = abs(y)
    if x > _SQRT_BIG or ay > _SQRT_BIG:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_TINY:
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def _cosh(z):
    x, y = z.real, z.imag
    if abs(x) > _LOG_BIG:
        shifted = x - _m.copysign(1.0, x)
        return _checked(_m.cos(y) * _m.cosh(shifted) * _m.e, _m.sin(y) * _m.sinh(shifted) * _m.e)
    return _checked(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))


def _sinh(z):
    x, y = z.real, z.imag
    if abs(x) > _LOG_BIG:
        shifted = x - _m.copysign(1.0, x)
        return _checked(_m.cos(y) * _m.sinh(shifted) * _m.e, _m.sin(y) * _m.cosh(shifted) * _m.e)
    return _checked(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))


def _tanh(z):
    x, y = z.real, z.imag
    if abs(x) > _LOG_BIG:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    both = tx * ty
    under = 1.0 + both * both
    return complex(tx * (1.0 + ty * ty) / under, ((ty / under) * cx) * cx)


def _times_i(z):
    return complex(-z.imag, z.real)


def _times_minus_i(z):
    return complex(z.imag, -z.real)


# The values for arguments with an infinite or nan part, as CPython's special-value tables
# give them: per function, one cell per pair of classes (-inf, <0, -0, +0, >0, +inf, nan)
# of the real and imaginary part where either is not finite, row by row. A cell is
# "real,imag", V (ValueError), O (OverflowError) or F (computed: an infinite real part with
# a finite non-zero imaginary one, where the signs follow cos and sin of the imaginary part).
# h, q, t, p stand for pi/2, pi/4, 3*pi/4 and pi.
_SPECIAL_TEXT = '''
exp 0.0,0.0 F 0.0,-0.0 0.0,0.0 F 0.0,0.0 0.0,0.0 V V nan,nan V V nan,nan V V nan,nan V V nan,nan V F inf,-0.0 inf,0.0 F V inf,nan nan,nan nan,nan nan,-0.0 nan,0.0 nan,nan nan,nan nan,nan
log inf,-t inf,-p inf,-p inf,p inf,p inf,t inf,nan inf,-h inf,h nan,nan inf,-h inf,h nan,nan inf,-h inf,h nan,nan inf,-h inf,h nan,nan inf,-q inf,-0.0 inf,-0.0 inf,0.0 inf,0.0 inf,q inf,nan inf,nan nan,nan nan,nan nan,nan nan,nan inf,nan nan,nan
sqrt inf,-inf 0.0,-inf 0.0,-inf 0.0,inf 0.0,inf inf,inf nan,inf inf,-inf inf,inf nan,nan inf,-inf inf,inf nan,nan inf,-inf inf,inf nan,nan inf,-inf inf,inf nan,nan inf,-inf inf,-0.0 inf,-0.0 inf,0.0 inf,0.0 inf,inf inf,nan inf,-inf nan,nan nan,nan nan,nan nan,nan inf,inf nan,nan
acos t,inf p,inf p,inf p,-inf p,-inf t,-inf nan,inf h,inf h,-inf nan,nan h,inf h,-inf h,nan h,inf h,-inf h,nan h,inf h,-inf nan,nan q,inf 0.0,inf 0.0,inf 0.0,-inf 0.0,-inf q,-inf nan,inf nan,inf nan,nan nan,nan nan,nan nan,nan nan,-inf nan,nan
acosh inf,-t inf,-p inf,-p inf,p inf,p inf,t inf,nan inf,-h inf,h nan,nan inf,-h inf,h nan,nan inf,-h inf,h nan,nan inf,-h inf,h nan,nan inf,-q inf,-0.0 inf,-0.0 inf,0.0 inf,0.0 inf,q inf,nan inf,nan nan,nan nan,nan nan,nan nan,nan inf,nan nan,nan
asin -q,-inf -h,-inf -h,-inf -h,inf -h,inf -q,inf nan,-inf -0.0,-inf -0.0,inf nan,nan -0.0,-inf -0.0,inf -0.0,nan 0.0,-inf 0.0,inf 0.0,nan 0.0,-inf 0.0,inf nan,nan q,-inf h,-inf h,-inf h,inf h,inf q,inf nan,-inf nan,-inf nan,nan nan,nan nan,nan nan,nan nan,inf nan,nan
asinh -inf,-q -inf,-0.0 -inf,-0.0 -inf,0.0 -inf,0.0 -inf,q -inf,nan -inf,-h -inf,h nan,nan -inf,-h -inf,h nan,nan inf,-h inf,h nan,nan inf,-h inf,h nan,nan inf,-q inf,-0.0 inf,-0.0 inf,0.0 inf,0.0 inf,q inf,nan inf,nan nan,nan nan,-0.0 nan,0.0 nan,nan inf,nan nan,nan
atan -h,-0.0 -h,-0.0 -h,-0.0 -h,0.0 -h,0.0 -h,0.0 -h,-0.0 -h,-0.0 -h,0.0 nan,nan -h,-0.0 -h,0.0 nan,nan h,-0.0 h,0.0 nan,nan h,-0.0 h,0.0 nan,nan h,-0.0 h,-0.0 h,-0.0 h,0.0 h,0.0 h,0.0 h,-0.0 nan,-0.0 nan,nan nan,-0.0 nan,0.0 nan,nan nan,0.0 nan,nan
atanh -0.0,-h -0.0,-h -0.0,-h -0.0,h -0.0,h -0.0,h -0.0,nan -0.0,-h -0.0,h nan,nan -0.0,-h -0.0,h -0.0,nan 0.0,-h 0.0,h 0.0,nan 0.0,-h 0.0,h nan,nan 0.0,-h 0.0,-h 0.0,-h 0.0,h 0.0,h 0.0,h 0.0,nan 0.0,-h nan,nan nan,nan nan,nan nan,nan 0.0,h nan,nan
cos V V V V V V nan,nan F F nan,nan inf,-0.0 inf,0.0 nan,0.0 inf,0.0 inf,-0.0 nan,0.0 F F nan,nan V V V V V V nan,nan inf,nan nan,nan nan,0.0 nan,0.0 nan,nan inf,nan nan,nan
cosh V F inf,0.0 inf,-0.0 F V inf,nan V V nan,nan V V nan,0.0 V V nan,0.0 V V nan,nan V F inf,-0.0 inf,0.0 F V inf,nan nan,nan nan,nan nan,0.0 nan,0.0 nan,nan nan,nan nan,nan
sin V V V V V V nan,nan F F nan,nan -0.0,-inf -0.0,inf -0.0,nan 0.0,-inf 0.0,inf 0.0,nan F F nan,nan V V V V V V nan,nan nan,-inf nan,nan nan,-0.0 nan,-0.0 nan,nan nan,-inf nan,nan
sinh V F -inf,-0.0 -inf,0.0 F V inf,nan V V nan,nan V V 0.0,nan V V 0.0,nan V V nan,nan V F inf,-0.0 inf,0.0 F V inf,nan nan,nan nan,nan nan,-0.0 nan,0.0 nan,nan nan,nan nan,nan
tan 0.0,-1.0 V V V V 0.0,1.0 nan,nan F F nan,nan -0.0,-1.0 -0.0,1.0 -0.0,nan 0.0,-1.0 0.0,1.0 0.0,nan F F nan,nan 0.0,-1.0 V V V V 0.0,1.0 nan,nan 0.0,-1.0 nan,nan nan,nan nan,nan nan,nan 0.0,1.0 nan,nan
tanh -1.0,0.0 F -1.0,-0.0 -1.0,0.0 F -1.0,0.0 -1.0,0.0 V V nan,nan V V nan,nan V V nan,nan V V nan,nan 1.0,0.0 F 1.0,-0.0 1.0,0.0 F 1.0,0.0 1.0,0.0 nan,nan nan,nan nan,-0.0 nan,0.0 nan,nan nan,nan nan,nan
rect V F -inf,0.0 -inf,-0.0 F V inf,nan V V nan,nan 0.0,0.0 0.0,0.0 0.0,0.0 0.0,0.0 0.0,0.0 0.0,0.0 V V nan,nan V F inf,-0.0 inf,0.0 F V inf,nan nan,nan nan,nan nan,0.0 nan,0.0 nan,nan nan,nan nan,nan
'''
_special_cells = None
_SHORT = {'h': '1.5707963267948966', 'q': '0.7853981633974483', 't': '2.356194490192345',
          'p': '3.141592653589793'}


def _kind(v):
    if v != v:
        return 6
    if v in (inf, -inf):
        return 0 if v < 0 else 5
    if v == 0.0:
        return 2 if _m.copysign(1.0, v) < 0 else 3
    return 1 if v < 0 else 4


def _cells():
    global _special_cells
    if _special_cells is None:
        pairs = [(a, b) for a in range(7) for b in range(7) if a in (0, 5, 6) or b in (0, 5, 6)]
        _special_cells = {}
        for row in _SPECIAL_TEXT.split('\n'):
            if row:
                name, *cells = row.split()
                _special_cells[name] = dict(zip(pairs, cells))
    return _special_cells


def _number(token):
    body = token.lstrip('-')
    return float(token[:len(token) - len(body)] + _SHORT.get(body, body))


def _special(name, z):
    '''name(z) for z with an infinite or nan part.'''
    cell = _cells()[name][(_kind(z.real), _kind(z.imag))]
    if cell == 'V':
        raise _domain()
    if cell == 'O':
        raise _range()
    if cell == 'F':
        return _infinite_real(name, z)
    real, imag = cell.split(',')
    return complex(_number(real), _number(imag))


def _infinite_real(name, z):
    if name == 'rect':
        # z is (r, phi): an infinite radius at a finite non-zero angle.
        c, s = _m.cos(z.imag), _m.sin(z.imag)
        sign = 1.0 if z.real > 0 else -1.0
        return complex(sign * _m.copysign(inf, c), sign * _m.copysign(inf, s))
    if name in ('cos', 'sin', 'tan'):
        turned = _special(name[:3] + 'h', _times_i(z))
        return turned if name == 'cos' else _times_minus_i(turned)
    up = z.real > 0
    c, s = _m.cos(z.imag), _m.sin(z.imag)
    if name == 'exp':
        size = inf if up else 0.0
        return complex(_m.copysign(size, c), _m.copysign(size, s))
    if name == 'cosh':
        return complex(_m.copysign(inf, c), _m.copysign(inf, s) if up else -_m.copysign(inf, s))
    if name == 'sinh':
        return complex(_m.copysign(inf, c) if up else -_m.copysign(inf, c), _m.copysign(inf, s))
    return complex(1.0 if up else -1.0, _m.copysign(0.0, 2.0 * s * c))


_kernels = {
    'sqrt': _sqrt,
    'log10': lambda z: (lambda w: complex(w.real / _LN10, w.imag / _LN10))(_log(z)),
    'exp': lambda z: _checked(*(
        (_m.exp(z.real - 1.0) * _m.cos(z.imag) * _m.e, _m.exp(z.real - 1.0) * _m.sin(z.imag) * _m.e)
        if z.real > _LOG_BIG else
        (_m.exp(z.real) * _m.cos(z.imag), _m.exp(z.real) * _m.sin(z.imag)))),
    'asinh': _asinh,
    'asin': lambda z: _times_minus_i(_asinh(_times_i(z))),
    'atanh': _atanh,
    'atan': lambda z: _times_minus_i(_atanh(_times_i(z))),
    'cosh': _cosh,
    'cos': lambda z: _cosh(_times_i(z)),
    'sinh': _sinh,
    'sin': lambda z: _times_minus_i(_sinh(_times_i(z))),
    'tanh': _tanh,
    'tan': lambda z: _times_minus_i(_tanh(_times_i(z))),
}


def _acos(z):
    x, y = z.real, z.imag
    if abs(x) > _BIG or abs(y) > _BIG:
        size = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        imag = -_m.copysign(size, y) if x < 0 else _m.copysign(size, -y)
        return complex(_m.atan2(abs(y), x), imag)
    a = _sqrt(complex(1.0 - x, -y))
    b = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(a.real, b.real), _m.asinh(b.real * a.imag - b.imag * a.real))


def _acosh(z):
    x, y = z.real, z.imag
    if abs(x) > _BIG or abs(y) > _BIG:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    a = _sqrt(complex(x - 1.0, y))
    b = _sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(a.real * b.real + a.imag * b.imag), 2.0 * _m.atan2(a.imag, b.real))


_kernels['acos'] = _acos
_kernels['acosh'] = _acosh

_summaries = {
    'sqrt': 'Return the square root of z.',
    'exp': 'Return the exponential value e**z.',
    'log10': 'Return the base-10 logarithm of z.',
    'sin': 'Return the sine of z.', 'cos': 'Return the cosine of z.',
    'tan': 'Return the tangent of z.', 'asin': 'Return the arc sine of z.',
    'acos': 'Return the arc cosine of z.', 'atan': 'Return the arc tangent of z.',
    'sinh': 'Return the hyperbolic sine of z.', 'cosh': 'Return the hyperbolic cosine of z.',
    'tanh': 'Return the hyperbolic tangent of z.', 'asinh': 'Return the inverse hyperbolic sine of z.',
    'acosh': 'Return the inverse hyperbolic cosine of z.',
    'atanh': 'Return the inverse hyperbolic tangent of z.',
}


def _public(name, kernel):
    def entry(z, /):
        z = _as_complex(z)
        if not _finite(z):
            if name == 'log10':
                w = _special('log', z)
                return complex(w.real / _LN10, w.imag / _LN10)
            return _special(name, z)
        return kernel(z)
    entry.__name__ = entry.__qualname__ = name
    entry.__doc__ = _summaries[name]
    return entry


for _name, _kernel in _kernels.items():
    globals()[_name] = _public(_name, _kernel)
del _name, _kernel


def log(x, base=None, /):
    '''log(x[, base]) -> the logarithm of x to the given base (natural when omitted).'''
    if base is None:
        return _log(_as_complex(x))
    # As CPython: only the base's logarithm can fail here (x = 0 gives -inf, then the quotient).
    value = _log(_as_complex(x), False)
    return value / _log(_as_complex(base))


def phase(z, /):
    '''Return argument, also known as the phase angle, of a complex.'''
    z = _as_complex(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    '''Convert a complex from rectangular coordinates to polar coordinates.'''
    z = _as_complex(z)
    size = _m.hypot(z.real, z.imag)
    if _m.isinf(size) and _finite(z):
        raise _range()
    return size, _m.atan2(z.imag, z.real)


def rect(r, phi, /):
    '''Convert from polar coordinates to rectangular coordinates.'''
    r, phi = float(r), float(phi)
    if not (_m.isfinite(r) and _m.isfinite(phi)):
        return _special('rect', complex(r, phi))
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    '''Return True if both the real and imaginary parts of z are finite, else False.'''
    return _finite(_as_complex(z))


def isinf(z, /):
    '''Checks if the real or imaginary part of z is infinite.'''
    z = _as_complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    '''Checks if the real or imaginary part of z not a number (NaN).'''
    z = _as_complex(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    '''Determine whether two complex numbers are close in value.'''
    a, b = _as_complex(a), _as_complex(b)
    rel_tol, abs_tol = float(rel_tol), float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    gap = abs(b - a)
    return gap <= rel_tol * abs(b) or gap <= rel_tol * abs(a) or gap <= abs_tol
`;
