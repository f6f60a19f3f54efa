import math, sys
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)], round(2.675, 2), round(1234.5678, -2), round(-0.5), round(5, -1), round(15, -1), round(25, -1))
print(repr(0.1 + 0.2), repr(1e16), repr(1e-7), repr(123456789012345678.0), repr(1/3), str(1e22), repr(-0.0), 1e300 * 1e10, -1e300 * 1e10)
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int(" 42 "), int("1_000"), int("-0"), int(3.99), int(-3.99), int("z", 36))
for bad in ["0x1f", "1.5", "", " ", "1__0", "_1", "٣"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
for f in [lambda: divmod(1, 0), lambda: 1 % 0, lambda: 1.0 // 0, lambda: 0 ** -1, lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400), lambda: math.sqrt(-1), lambda: math.log(0)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(2 ** -1, 2 ** 0.5, (-8) ** (1/3), (-2) ** 2, -2 ** 2, pow(2, 10, 1000), pow(3, -1, 7), 0 ** 0, 0.0 ** 0, 4 ** 0.5, pow(-8, 1/3))
big = 2 ** 200
print(big, big.bit_length(), len(str(3 ** 1000)), big // 3 ** 50, -big // 7, big % 1000007, hex(big)[:20], (big).to_bytes(26, "big")[:4])
print(math.factorial(30), math.comb(50, 25), math.perm(10, 3), math.gcd(2 ** 64, 6 ** 20), math.isqrt(10 ** 30 + 5), math.lcm(4, 6, 10))
nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 1000, -inf < -(10 ** 1000), inf - inf, inf * 0, math.isnan(nan), nan in [nan], [nan] == [nan], {nan: 1}.get(nan))
print(sorted([3, nan, 1, 2]), max(1, nan), min(nan, 1), math.isinf(-inf), float("-inf"), float("  1e3 "), float("infinity"), float("-NaN"))
print(1 == 1.0, hash(1) == hash(1.0), hash(-1), hash(-2), hash(0.5), 1 is True, True + True, True * 3.0, (2).__truediv__(4), 7 / 2, -7 / 2, 1e308 * 10 == inf)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex(), 10 .__index__(), (255).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), (-1) .bit_count() if hasattr(int, "bit_count") else "")
print(f"{1e-5:f}", f"{123.456:.1e}", f"{-1.0:+}", f"{2**53 + 1}", float(2 ** 53 + 1), 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(round(float("inf")) if False else "", int(1e20), complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), 1j ** 2, complex("1+2j"))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(sys.float_info.max, sys.float_info.epsilon, sys.maxsize, -sys.maxsize - 1, sys.int_info.bits_per_digit)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(str(10 ** 100)[:10], 10 ** 100 // 10 ** 99, 1_000_000, 0o777, 0b1111, 0xFF, 1e3, 1E-3, 5j, .5, 5.)
