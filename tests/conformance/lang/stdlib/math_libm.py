# Float results of math's transcendental functions, bit for bit as python3 (glibc) gives them.
import math

xs = [i * 0.171 - 5.1 for i in range(60)] + [1e-5 * k for k in (1, 3, 7)] + [12.5, 33.3, 100.0, 700.1, -700.1]
names = ['exp', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'exp2', 'expm1']
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
pos = [abs(x) + 0.01 for x in xs] + [1e-300, 1e300, 2.0 ** 0.5]
for name in ['log', 'log2', 'log10', 'log1p', 'sqrt']:
    f = getattr(math, name)
    print(name, ' '.join(repr(f(x)) for x in pos))
unit = [i / 37 - 1 for i in range(75)]
for name in ['asin', 'acos', 'atanh']:
    f = getattr(math, name)
    print(name, ' '.join(repr(f(x)) for x in unit[1:-1]))
print('atan2', ' '.join(repr(math.atan2(y, x)) for y in (-2.5, -0.3, 0.0, 0.7, 3.1) for x in (-1.7, -0.2, 0.4, 2.9)))
print('pow', ' '.join(repr(math.pow(x, y)) for x in (0.3, 1.7, 2.0, 9.1, 123.4) for y in (-2.5, -1.0, 0.5, 1.37, 3.0, 7.7)))
print('pow-neg', math.pow(-2.0, 3), math.pow(-1.5, -3), math.pow(-8, 2), math.pow(2, 0.5))
print('hyperbolic', math.asinh(1.5), math.acosh(3.2), math.atanh(-0.25))
print(math.log(7, 3), math.log(1000, 10), math.log10(1000), math.log2(8), math.log(math.e), math.exp(1), math.sin(math.pi / 6))
