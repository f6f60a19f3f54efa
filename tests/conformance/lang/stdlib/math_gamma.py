# math.gamma and math.lgamma follow CPython's own Lanczos code, bit for bit.
import math

xs = [i * 0.137 - 20.3 for i in range(400)] + [0.5, 1.5, 2.5, 10.5, 100.3, 150.7, 171.5, -0.5, -150.3, 1e-10, 3e-25, 1e-300]
for name in ['gamma', 'lgamma']:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for x in [1, 2, 5, 23, 24, 0.0, -0.0, -1, -2.0, 200, 171.7, -200.5, 5e-324, math.inf, -math.inf, math.nan, 1e308]:
    for name, f in (('gamma', math.gamma), ('lgamma', math.lgamma)):
        try:
            print(name, x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)
print(math.erf(0.0), math.erf(-0.0), math.erf(0.5), math.erf(1.0), math.erf(-2.0), math.erf(3.0), math.erf(7.0), math.erf(math.inf))
print(math.erfc(0.0), math.erfc(0.5), math.erfc(10.0), math.erfc(30.0), math.erfc(-math.inf), math.erfc(math.nan))
