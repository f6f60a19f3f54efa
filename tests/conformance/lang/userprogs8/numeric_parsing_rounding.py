print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0), int(" 42 "), int("-  5".replace(" ", "")))
print(int("1_000_000"), float("1_000.5"), float(" 2.5\n"), int("ff", 16), int("Z", 36), int("  +7  "))
print(float("inf"), float("-Infinity"), float("nan"), float("1e500"), float("-0.0"), float("1E-3"))
for bad in ["0x1f", "1__0", "_1", "1_", "", " ", "1.5", "0b2", "٣"]:
    try:
        print(repr(bad), "->", int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
print(int("010"), int("٣٤"), float("١.٥"))
for bad in ["1,5", "abc", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(divmod(7, -2), divmod(-7, 2), divmod(-7, -2), divmod(7.5, -2), divmod(-0.0, 1))
print(-7 // 2, -7 % 2, 7 % -2, -7.5 % 2, 7 % 0.5, -1e-20 % 1.0)
print(pow(2, -1), pow(-2, 3), pow(-8, 1/3), pow(2, 10, 1000), pow(3, -1, 7), pow(0, 0), 0.0 ** 0)
print(abs(-5), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(-True))
print(complex(1, 2) * complex(3, -1), (1 + 2j) / (3 - 4j), (1j) ** 2, complex("1+2j"), complex(" 3j "), complex(-0.0, -0.0))
print((1 + 2j).conjugate(), (3 + 4j).real, (3 + 4j).imag, 1j.__repr__(), complex(1, -0.0), complex(0, 1e300 * 10))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.5e-7, -0.0, 5e-324, 1.7976931348623157e308)
print(repr(1.1 * 3), str(1 / 7), 100.0, 1e22, 1e21, float(10 ** 16), 2 ** 0.5, 10 / 2)
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(5, -1), round(15, -1), round(25, -1))
print(round(1e300, 2), round(123.456, -1), round(-0.4), type(round(2.5)), type(round(2.5, 0)), round(7, 0))
print(7 / 2, 7 // 2, -7 / 2, 2 ** 100, 2 ** -2, (-2) ** 0.5, 10 ** 20 / 3)
print(int(2.9), int(-2.9), int(1e20), float(2 ** 60), int(True), 3 * True, True + True)
print(max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0), sum([0.1] * 10), sum([1, 2], 0.5))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.sqrt(2), math.log(8, 2), math.log10(1000), math.hypot(3, 4))
print(hex(255), oct(8), bin(-5), hex(-256), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((10).bit_length(), (-1).bit_length(), (255).bit_count(), (7).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer())
print(float.fromhex("0x1.8p1"), (1.5).hex(), 3.0.hex())
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), 1 is 1)
print(f"{1234567:,}", f"{1234567.891:,.2f}", f"{255:_b}", f"{0.256:%}", f"{0.256:.1%}", f"{1e6:_.0f}", f"{12345678:_x}")
print(f"{42:+}", f"{42: }", f"{-42: }", f"{42:#x}", f"{42:#o}", f"{42:#b}", f"{42:08.3f}", f"{-42:08}", f"{42:=+8}")
print(f"{3.14159:e}", f"{3.14159:.2E}", f"{0.0000123:g}", f"{123456789.0:g}", f"{1.0:.3g}", f"{1.5:#g}", f"{100:g}")
print(f"{'s'!r:^20}|", f"{'abc':.2}", f"{3:*^9}", f"{-3.5:^+10.2f}|", f"{1e100:.3}", f"{float('inf'):10}|", f"{float('nan'):+}")
print(format(2 ** 64, ","), format(-1234.5, ",.1f"), format(0, "x"), format(True, "d"), format(12, "c"), format(65, "c"))
print(10 ** 20 // 7, -(10 ** 20) // 7, (10 ** 20) % -7, 2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 1 << 70, -1 >> 3)
print(0.1 * 3, 1 - 0.9, 3 * 1.1, 1e308 * 10, -1e308 * 10, 1e-320, 2.0 ** 1023)
try:
    1e308 ** 2
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    (-8) ** 0.5 + "x"
except TypeError as e:
    print("TypeError:", e)
print(divmod(10, 0))
