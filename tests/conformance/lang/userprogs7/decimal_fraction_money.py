from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, localcontext, InvalidOperation, DivisionByZero
from fractions import Fraction
import math

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal + tax))
print(Decimal(0.1), Decimal("1.10") + Decimal("2.20"), Decimal(1) / Decimal(3))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("-7.5").quantize(Decimal("1"), ROUND_DOWN))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10) ** -3)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
print(Decimal("1e3"), Decimal("1E+3") + 0, Decimal("100").normalize(), Decimal("0.000"), Decimal("-0"), Decimal("1.2300").normalize())
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.5'):%} {Decimal('12.3'):>10} {Decimal('1e-10'):f}")
print(Decimal("3.14").as_tuple(), Decimal("nan"), Decimal("-inf"), Decimal("1.5").is_signed())
print(round(Decimal("2.5")), round(Decimal("3.14159"), 2), int(Decimal("-3.9")), float(Decimal("0.1")))
print(Decimal(10) // Decimal(3), Decimal(-10) // Decimal(3), Decimal(-10) % Decimal(3), divmod(Decimal(7), Decimal(2)))
print(Decimal("1.1") == 1.1, Decimal("1.5") == Fraction(3, 2), Decimal(2) < 3, max(Decimal("1.0"), Decimal("1")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", e)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)

f = Fraction(3, 4) + Fraction(5, 6)
print(f, repr(f), float(f), f.numerator, f.denominator)
print(Fraction("2/10"), Fraction(0.75), Fraction("1.25"), Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))
print(Fraction(math.pi).limit_denominator(1000), Fraction(7, 3) // 1, Fraction(-7, 3) % 1, round(Fraction(7, 2)), round(Fraction(22, 7), 2))
print(sum(Fraction(1, n) for n in range(1, 11)))
print(Fraction(1, 2) < 0.6, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(3, 1) == 3)
print(f"{Fraction(1, 3):>8}" if False else str(Fraction(1, 3)).rjust(8), abs(Fraction(-2, 5)), -Fraction(2, 5), Fraction(5, 10).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("x/2")
except ValueError as e:
    print("ValueError:", e)

def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))
for n in (1, 5, 20):
    h = harmonic(n)
    print(n, h, f"{float(h):.6f}")
print(Decimal(Fraction(1, 8).numerator) / Fraction(1, 8).denominator)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 * 3, 0.3), math.prod(range(1, 11)), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(99), math.factorial(20), math.log(1024, 2), math.log2(8), math.log10(0.001))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.inf, -math.inf, math.nan, math.isnan(float("nan")), math.exp(1), math.e)
print(Decimal("123.456").to_integral_value(), Decimal("0.1") * 3 == Decimal("0.3"), Decimal(5).compare(Decimal(3)), Decimal("1.0").adjusted())
print(Decimal('7.325').quantize(Decimal('.01'), rounding="ROUND_HALF_EVEN"), Decimal(123456789) * Decimal(987654321))
print(sorted([Decimal("1.5"), 1, Fraction(1, 3), 0.9]))
