# int/float/str edge cases: float repr, round half even, int() literals, divmod of
# negatives, big ints, formatting specs, str methods with unusual arguments, hashes.
import math, sys
floats = [0.1 + 0.2, 1e16, 1e-5, 1.0e22, 123456789012345678.0, 2.5e-324, 1.7976931348623157e308,
          -0.0, float("inf"), float("nan"), 1/3, 100.0, 1e15, 1e16 + 1, 0.000123, 5e-7, 12345.6789]
for f in floats:
    print(repr(f), str(f), f"{f:g}", f"{f:.3e}", f"{f:%}" if math.isfinite(f) and abs(f) < 1e10 else "", f"{f:,.2f}" if math.isfinite(f) else "")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5)])
print([round(x, 1) for x in (0.25, 0.35, 2.675, 1.05, -0.15)])
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), type(round(7.0)))
print(int("1_000"), int("0x_ff", 16), int("0b101", 0), int("  -42  "), int("z", 36), int("٣"), float("1_0.5"), float(" -inf "))
for bad in ["1__0", "_1", "1_", "0x", "", " ", "1.5", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(3.5, 10)
except TypeError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
print(divmod(7, -2), divmod(-7, 2), divmod(-7, -2), divmod(7.5, -2), -7 // 2, -7 % 2, 7 % -2, -7.5 % 2)
print(math.fmod(-7, 2), (-7) ** 0.5 if False else "", pow(-8, 1/3))
big = 2 ** 200
print(big, big // 3, big % 1000007, -big // 7, len(str(big)), big.bit_length(), (big - 1).bit_count())
print(hex(big), oct(255), bin(-10), f"{big:,}", f"{big:_x}", f"{255:#010b}", f"{-255:+#x}")
print(10 ** 20 / 3, 10 ** 400 // 10 ** 399, (10 ** 30) * 1.0, int(1e20), int(-1e-5))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print((5).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(3 .real, (3).imag, (3).conjugate(), (3).numerator, (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(1e300 * 1e10, -1e300 * 1e10, float("nan") == float("nan"), math.isclose(0.1 + 0.2, 0.3))
print(True + True, True * 3, -True, ~True, True / 2, 7 // True, int(True), str(False), hash(True) == hash(1))
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 0.57 * 100, 1 - 0.9, 3 * 0.1 == 0.3)
print(sum([0.1] * 10), math.fsum([0.1] * 10), 2 ** -1, 2 ** 0.5, (-2) ** 2, -2 ** 2, 0 ** 0, 0.0 ** 0)
print(complex(1, -0.0), 1j * 1j, abs(3 + 4j), (1 + 2j) ** 2, complex("1+2j"), divmod(5, 3.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.isqrt(10 ** 20 + 1), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12))

s = "Hello, World! Hello!"
print(s.split("l", 2), s.rsplit("l", 2), s.split(), "a  b\t c\n".split(None, 1), " a b ".rsplit(None, 1))
print(s.replace("Hello", "Bye", 1), s.replace("", "-", 3), s.count("l", 3, 12), s.count(""), s.find("o", -5), s.rfind("Hello", 0, 10), s.index("W"))
print(s.partition(", "), s.rpartition("x"), s.startswith(("He", "x")), s.endswith("!", 0, 5), s.center(30, "*"), s.ljust(3), s.zfill(25))
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "TeSt".swapcase(), "hello world".title(), "they're bill's".title(), "ß".upper(), "İ".lower().encode())
print("a,b,,c".split(","), "a,b,,c".split(",", maxsplit=-1), "".split(","), "".split(), "1\r\n2\n\n3".splitlines(), "1\n2\n".splitlines(keepends=True))
print("  xx  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"), "%5.2f|%-6d|%x|%r|%c" % (3.14159, 42, 255, "q", 65))
print(f"{'nested':{'>'}{10}}", f"{3.14159:{8}.{3}}", f"{1234567:,}", f"{0.5:.0%}", f"{42:08.3f}", f"{-1:05d}", f"{'x'!r:>5}")
print("tab\there".expandtabs(4), "a\tbc\tdef".expandtabs(), "abc".isidentifier(), "1abc".isidentifier(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print(str.maketrans("abc", "xyz"), "abcabc".translate(str.maketrans("ab", "AB", "c")), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("x".join(["a", "b", "c"]), ",".join([]), "abc" * 0, "ab" * -1, "a" < "b" < "c", "Z" < "a", sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(repr("quote's"), repr('dq"s'), repr("both'\""), repr("\x00\x7f\u200b\n\t\\"), ascii("héllo€"), "é".encode("utf-8"), b"\xc3\xa9".decode())
print("%s %s" % ("a", [1]), "%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%05.1f%%" % 99.5, "%+d %+d" % (5, -5), "%e" % 12345.678, "%g" % 0.00001234)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a".join([1, 2])
except TypeError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
print("abc"[::-1], "abcdef"[1:5:2], "abcdef"[-2:], "abcdef"[10:], "abc"[-10:2])
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit, sys.hash_info.modulus)
print(hash(-1), hash(-2), hash(0.5), hash(float("inf")), hash(10 ** 20), hash((1, 2)), hash(()), hash(1.0) == hash(1))
