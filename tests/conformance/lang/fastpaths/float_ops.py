# Float + − × / and comparisons with floats and safe ints on either side (vm/floatfast.ts),
# against the generic paths' results: values at the edges of exactness, signed zeros, inf, nan.
import sys
vals = [0, 1, -1, 3, 7, 2**30, 2**53 - 1, 2**53, 2**53 + 1, -2**60, 10**20, 0.0, -0.0, 0.1, 1.5, -2.75, 1e308, -1e308, 5e-324, float('inf'), float('-inf'), float('nan'), True, False]
for a in vals:
    for b in vals:
        for name, f in (('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y), ('/', lambda x, y: x / y)):
            try:
                r = f(a, b)
                print(repr(a), name, repr(b), '=', type(r).__name__, repr(r))
            except Exception as e:
                print(repr(a), name, repr(b), '!', type(e).__name__, e)
x = 1.0
x += 2
x *= 3
x -= 0.5
x /= 4
print(x)
y = 7
y /= 2
print(y)
print(sum(i / 3 for i in range(10)), [i * 0.1 for i in range(5)])
for a in vals:
    for b in vals:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
import math
print(sorted([3.5, 1, 2.25, -0.0, 0, float('inf')]), max(1.5, 2), min(2, 1.5), 0.1 + 0.2 == 0.3, math.nan in [math.nan])


class F(float):
    def __add__(self, other):
        return "F.__add__"


class I(int):
    def __truediv__(self, other):
        return "I.__truediv__"


print(F(1.5) + 2.0, 2.0 + F(1.5), I(3) / 2, 3 / I(2), 1.5 * I(2))
for z in (0, 0.0, -0.0, False):
    for n in (1, 1.0, 0, 0.0):
        try:
            print(n / z)
        except ZeroDivisionError as e:
            print(type(n).__name__, type(z).__name__, e)
print(2**53 + 1 + 0.0, (2**53 + 1) / 1, 10**30 / 10**15, -7 / 2, 7 / -2, 1 / 3)
