import math
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext

values = [0, 1, -1, 3.14159265, -2.5, 1234567.891, 1e-7, 6.02214076e23, float("inf"), float("-inf"), float("nan"), 2**64, -0.0]
for v in values:
    try:
        row = f"{v!r:>22} | {v:>14,.2f} | {v:<12.3e} | {v:^+12.4g} | {v:10.1%}"
    except (ValueError, TypeError) as e:
        row = f"{v!r:>22} | error {e}"
    print(row)
width, prec = 12, 3
for v in (math.pi, math.e, math.tau):
    print(f"[{v:{width}.{prec}f}] [{v:<{width}}] [{v:*^{width}.{prec + 2}}] [{v:0{width}.{prec}e}]")
print(f"{1234567:,} {1234567:_} {0xFFFF:_x} {255:#010b} {255:#o} {-42:+05d} {42:=+8} {3:x<4}")
print(f"{12345.6789:,.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {1e16:,.0f} {123.456:.2e}")
print(format(1/3, ".17g"), format(2/3, ".15f"), format(1e300 * 10, "f"), format(-1e-320, "g"))
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(2.5), round(3.5), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-7, -1))
print(round(5), round(5.0), type(round(5.5)), type(round(5.5, 1)), round(float("inf"), 2))
for bad in ("12a", "", " 7 ", "1_000", "0x1f", "1e3", "٣", "+-1", "1__0", "9" * 30):
    for conv in (int, float):
        try:
            print(f"{conv.__name__}({bad!r}) = {conv(bad)!r}")
        except ValueError as e:
            print(f"{conv.__name__}({bad!r}): {e}")
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("  -10 ", 8), int("1_0", 0))
for args in (("12", 1), ("12", 37), ("0x10", 10), ("08", 0)):
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3), pow(2, 0.5), pow(-8, 1/3), pow(0, 0), pow(10, -2))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2), divmod(-7, 2), divmod(1e308, 1e-308)[0] == float("inf"))
print(7.5 // 2, -7.5 % 2, math.fmod(-7.5, 2), 5 % -3, -5 // 3, 2 ** -1, (-2) ** 0.5)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=10), sum((Fraction(1, n) for n in range(1, 5)), Fraction(0)))
print(min([], default="empty"), max("apple", "fig", key=len), min(3, 1, 2), max([(1, "b"), (1, "a")]), min({"x": 5, "y": 1}, key={"x": 5, "y": 1}.get))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), sorted("bAc", key=str.lower), sorted([(1, 2), (1,)]), list(enumerate("ab", start=-1)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
print(isinstance(3, int | str), isinstance("x", (int, (float, str))), issubclass(bool, int | None), int | str, (int | None) == (None | int))
print(abs(-3), abs(-2.5), abs(3 + 4j), hex(255), oct(8), bin(-5), chr(9731), ord("€"), hash(-1), hash(1.0) == hash(1))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), float(Fraction(1, 3)), Fraction(7, 3).limit_denominator(2))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("1.10") + Decimal("2.205"))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.gcd(12, 18, 30), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.sqrt(2), math.isqrt(99), math.log(8, 2), math.log10(1000), math.hypot(3, 4))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (7).bit_count(), (10).as_integer_ratio(), (0.75).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.5).hex(), (2.0).is_integer(), 1e22, 1e16, 123456789012345678.0, 0.1 + 0.7, 1/3)
print(10 / 4, 10 // 4, -10 // 4, 10 % 4, -10 % 4, 2 ** 100, 7 / 7, 1e308 * 10, -(2 ** 63))
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(f"{'%':>3}{50:>5}%  {0.255:.1%}  {1/8:.2%}  {-0.0:+.1f}  {1e-5:f}  {123456789:e}")
