import math
from fractions import Fraction
big = 2 ** 200 + 12345
print(big, big * big % 10**20, big // 7, big % 7, -big // 7, -big % 7, divmod(-big, 10**30), big.bit_length(), (-big).bit_length())
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(-7.5, 2), -7.5 // 2, 7.5 % -2, -0.0 % 5, 5 % -0.5)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5, -1), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5), round(5.0), type(round(5.5)), round(1e300, 2), round(123.456, -1), round(float("inf")) if False else "", round(0.1 + 0.2, 15))
print(repr(0.1 + 0.2), 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789, 1.0, -0.0, 1e-4, 1e-5, 0.00001234, 3.0e20, 3e-310, 2.0 ** 0.5, 10 / 4, 10 // 4, 7.0 // 2)
print(int("0x1F", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0), int("  42  "), int("-0"), int("z", 36), int("10", 2), int(3.99), int(-3.99), int("٣"))
for bad in ["0x1G", "08", "1__0", "", "1.5"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print(e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else "", (10).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(hex(255), oct(8), bin(-5), hex(-255), float.hex(1.5), float.fromhex("0x1.8p1"), (1.5).hex())
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.sqrt(2), math.isqrt(10**20 + 1), math.gcd(12, 18, 30), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1), math.pow(2, 10), math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180), math.sin(math.pi / 2), math.cos(0), math.atan2(1, 1), math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 2), math.remainder(7, 2), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: 1 / 0, lambda: 1 % 0, lambda: 2.0 ** 10000, lambda: math.exp(1000), lambda: 10 ** -1 // 0]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(2 ** -1, 2 ** 0.5, (-8) ** (1 / 3), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), (-2) ** 2, -2 ** 2, 0 ** 0, 0.0 ** 0)
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(0.5), Fraction(1, 3) * 3, Fraction(7, 2) // 1, float(Fraction(1, 8)), Fraction(10, 4), repr(Fraction(-6, 4)))
print(Fraction(1, 3).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(3, 4) < 1, Fraction(2, 4) == 0.5, sum(Fraction(1, n) for n in range(1, 5)))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2 == 2, (1 < 2) < 3, "a" < "b" < "c", [1, 2] < [1, 3], (1, "a") < (1, "b"), None is None is not False)
print(True + True, True * 10, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 100, -1 >> 5, -17 >> 2, 17 >> 100)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (1j) ** 2, complex("1+2j"), (2 + 0j) == 2, (1 + 1j).real, (1 + 1j).imag)
print(float("1e500"), float("-inf"), float("nan") == float("nan"), float("  1.5\n"), float("1_0.5"), 1e308 * 10, -1e308 * 10, float(10**308), math.isinf(1e308 * 10))
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(10**400 // 10**399, 10**400 / 10**399, (10**50 + 1) / 3, 2**1023 * 2 // 2**1023)
print(sum(range(10**6)), sum([1.5, 2.5]), sum([[1], [2]], []), max(3, 1.5, key=float), min([], default="empty"))
print(int(1e20), int(-1e20), int(2**63), float(2**63), 2**63 - 1, -2**63, 9007199254740993, float(9007199254740993))
print(hash(1), hash(1.0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)))
print(f"{2**64:,}", f"{-2**64:_x}", f"{1/7:.15f}", f"{1e-7}", f"{12345678.9:e}", str(1e16), str(123e-20))
