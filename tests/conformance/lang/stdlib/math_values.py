import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -3.7, 10.0, 1e-300, 1e300, 123456.789]
for name in ['sqrt', 'exp', 'sin', 'cos', 'tan', 'atan', 'fabs', 'log1p', 'expm1', 'tanh', 'asinh']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for v in [0.25, 0.5, -0.5, 1.0, -1.0]:
    print(math.asin(v), math.acos(v), math.atan2(v, 0.3), math.atan2(-0.3, v))
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.trunc(-3.9), math.trunc(3.9))
print(math.floor(1e20), math.ceil(-1e20), type(math.floor(2.0)), math.floor(7), math.floor(True), math.ceil(False))
print(math.log(100), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(2.5))
print(math.log(2**1100), math.log10(10**400), math.log2(2**2000), math.log(10**400, 10), math.log(7, 0.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.hypot(3, 4), math.hypot(), math.hypot(-2), math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200))
print(math.hypot(math.inf, math.nan), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(5))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(), math.gcd(2**100, 2**80 * 3), math.gcd(6, 10, 15))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**64, 3**40), math.lcm(2, 3, 4))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(100) % (10**9 + 7))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10), math.perm(5, None))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(99999999999999999))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 25)), math.prod([1, 2], start=10))
print(math.prod(['ab'], start=1), math.prod([[1]], start=3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(iter([1, 2, 3])), math.fsum([math.inf, 1]), math.fsum([-0.0]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1.0, -math.nan), math.copysign(0.0, -1))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 2), math.fmod(3, math.inf))
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(-0.0), math.modf(-math.inf), math.modf(5))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-3.0), math.frexp(0.0), math.frexp(5e-324), math.frexp(1e308))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(0.75, -1074), math.ldexp(3, 1023 - 1))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.cbrt(-8), math.exp2(10), math.exp2(0.5), math.sinh(1), math.cosh(1), math.acosh(2), math.atanh(0.5))
print(math.sqrt(2), math.sqrt(10**20), math.sqrt(True), math.exp(1), math.exp(-1000), math.sin(math.pi))

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.25
class Fl:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.factorial(Idx()), math.gcd(Idx(), 21), math.sqrt(Flt()), math.sqrt(Idx()), math.floor(Flt()), math.ceil(Flt()))
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.isqrt(Idx()), math.comb(Idx(), 2))
print(math.sqrt, type(math.sqrt).__name__)
