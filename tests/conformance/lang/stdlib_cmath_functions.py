# cmath over ordinary complex arguments: roots, exponentials, logs, trig, polar/rect, errors.
import cmath
import math

values = [1 + 2j, -3 + 4j, 0.5 - 0.25j, -1 + 0j, 2, -2.5, 1j, -1e-3j, 3 - 1e-9j, 100 + 100j,
          1e-310 + 1e-310j, 1e300 + 1e300j, 0.99 + 0.1j, -0.7 - 0.7j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    fn = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(repr(fn(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(name, out)

for z in values:
    print(repr(z), cmath.phase(z), cmath.polar(z), abs(z))
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.rect(3, -0.0), cmath.rect(0, 1))
print(cmath.log(8, 2), cmath.log(1j, 1j + 1), cmath.log(100, 10), cmath.log(-1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(cmath.infj),
      cmath.isnan(cmath.nanj), cmath.isnan(1))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, abs_tol=0.2),
      cmath.isclose(1j, 1j + 1e-10, rel_tol=0))
for bad in (lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
            lambda: cmath.exp(1000), lambda: cmath.cosh(800 + 1j), lambda: cmath.sqrt("x"),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.log(0j, 2), lambda: cmath.sinh(1000)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)


class Num:
    def __complex__(self):
        return 3 + 4j


class Real:
    def __float__(self):
        return 0.25


print(cmath.sqrt(Num()), cmath.exp(Real()), cmath.phase(Num()), cmath.sqrt(-4), cmath.sqrt(4.0))
roots = [(-2 + cmath.sqrt(4 - 4 * 1 * 5)) / 2, (-2 - cmath.sqrt(4 - 4 * 1 * 5)) / 2]
print(roots)
print(cmath.sqrt.__name__, cmath.exp.__doc__)
