from fractions import Fraction as F
import numbers, math
a = F(3, 4); b = F("1/3"); c = F(0.5); d = F("-2.25"); e = F(10, -4)
print(a, b, c, d, e, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(d), a ** 2, a ** -2, F(4, 9) ** F(1, 2))
print(a == 0.75, a < b, max(a, b, c), sum([a, b, c]), float(b), int(d), round(F(7, 2)), round(F(5, 2)), round(b, 3), math.floor(d), math.ceil(d))
print(a.numerator, a.denominator, b.limit_denominator(10), F(3.141592653589793).limit_denominator(1000), F.from_float(0.1), (0.1).as_integer_ratio())
print(hash(F(1, 2)) == hash(0.5), {F(1, 2): "half"}[0.5], isinstance(a, numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real))
print(sorted([F(1, 3), F(1, 4), F(2, 5), 0.3]), F(1, 3) + 1, 1 - F(1, 3), 2 * F(1, 3), F(1, 3) * 0.5, divmod(F(7, 3), F(1, 2)), f"{F(1, 3)}", str(F(6, 3)))
try:
    F(1, 0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
try:
    F("abc")
except ValueError as ex:
    print("ValueError", ex)
total = F(0)
for i in range(1, 20):
    total += F(1, i * (i + 1))
print(total, total.as_integer_ratio(), F(1, 3).is_integer() if hasattr(F, 'is_integer') else None)
