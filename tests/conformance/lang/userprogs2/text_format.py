s = "  alpha,beta,,gamma, delta  "
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
print("a b  c".split(" "), "a b  c".rsplit(" ", 1), "".split(","), "".split(), "  ".split(" "), "x".split("x"))
print("a\tb\nc\r\nd\x0be\x1cf".split(), "a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
text = "line1\nline2\r\nline3\rline4\x0cline5\u2028end\n"
print(text.splitlines(), text.splitlines(True), text.splitlines(keepends=True)[-2:], "".splitlines(), "\n".splitlines(True))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef\tg".expandtabs(4), "x\ty\n\tz".expandtabs(2), repr("\t".expandtabs(0)))
print("[" + "hi".center(7, "*") + "]", "[" + "hi".center(6, "-") + "]", "[" + "hi".center(1) + "]", "[" + "odd".center(8, ".") + "]")
print("ab".ljust(5, "0"), "ab".rjust(5, "."), "42".zfill(6), "-42".zfill(6), "+x".zfill(4), "".zfill(2))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), table)
print("hello".translate({ord("l"): None, ord("o"): "0!"}), str.maketrans({"a": "1", "b": None}))
print("Straße".casefold(), "ΣΑΣ".lower(), "ﬁ".upper(), "ǅ".swapcase(), "hello world-foo's bar".title(), "hELLO".capitalize())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abcabc".find("c", -2), "abcabc".rfind("b", 0, 4), "abcabc".count("", 2))
print("a,b,c".replace(",", ";", 1), "aaa".replace("a", "b", -1), "abc".replace("", "-"), "  x ".strip(), "xxhixx".strip("x"), "ab".lstrip("ba"))
print("%s|%r|%5.2f|%-6d|%x|%o|%e|%c|%%" % ("s", "r", 3.14159, 42, 255, 8, 12345.678, 65))
print("%(a)s-%(b)03d" % {"a": 1, "b": 7}, "%+.3g %#x %#o %G" % (0.000012345, 255, 8, 1e20))
# format specs
for v in (0, 7, -7, 123456, 255):
    print(f"{v:+} {v: } {v:-} {v:#x} {v:#o} {v:#b} {v:08d} {v:_} {v:,} {v:>8} {v:<8}| {v:^8} {v:*^9} {v:=+8} {v:#010x} {v:X} {v:c}" if v >= 0 else f"{v:+} {v: } {v:08d} {v:=8} {v:_x} {v:#b}")
for v in (3.14159, -0.5, 1e10, 1.5e-7, 0.0, -0.0, float("inf"), float("nan"), 2.5, 1234567.891):
    print(f"{v:.2f} {v:10.3e} {v:g} {v:.3g} {v:%} {v:.1%} {v:,.2f} {v:+.1f} {v:=+12.2f} {v:_.3f} {v:#.0f} {v:010.2f} {v:G} {v:e} {v}")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^6}|{'abc':.2}|{'abc':*>7.1}|{'abc'!r:>8}|{'é'!a}|{'x'!s:3}|")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'^'}{w}}|{42:{'0'}{'>'}{6}}|{{literal}}|{w!r:>{p}}")
print("{0:{1}}|{0:>{1}}|{name:{fill}^{width}}".format("ab", 5, name="mid", fill="~", width=9))
print("{:,}".format(10**12), "{:_b}".format(1023), "{:n}".format(1234), "{:.0f}".format(0.5), "{:.0f}".format(1.5), "{:.2f}".format(2.675))
print(format(1234.5, ",.1f"), format(-1, "x"), format(True, "d"), format(True), format(3, ".2f"), format(10, "%"))
print("{!r}-{!s}-{!a}".format("q", "q", "ü"), "{0[1]}-{1[k]}-{2.real}".format([1, 2], {"k": "v"}, 3j))
for bad in ("{:d}", "{:x}", "{:,s}"):
    try:
        print(bad.format(1.5 if "d" in bad or "x" in bad else "s"))
    except ValueError as e:
        print("ValueError:", e)
try:
    f"{'a':=5}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
print("ab\u0301c".isalpha(), "١٢".isdigit(), "½".isnumeric(), "½".isdecimal(), "Ab Cd".istitle(), "  ".isspace(), "a_1".isidentifier(), "\x7f".isprintable())
print("-".join(map(str, range(5))), ", ".join(sorted("banana", reverse=True)), "x".join([]))
words = "the quick brown fox jumps over the lazy dog the end".split()
from collections import Counter
c = Counter(words)
for w, n in c.most_common(3):
    print(f"{w!r:>8} {n:>3} {'#' * n}")
print("%-10s|%10s|" % ("left", "right"), "%.3s" % "abcdef", "%5.1s|" % "xyz", "%*d" % (5, 42), "%-*.*f|" % (8, 2, 3.14159))
for v, spec in [(1234567, "c"), (65, "+c"), (1.5, "d"), ("s", "+"), (5, ".2d"), (5, "z"), ("x", "="), (1, ",x"), (1, "_,"), (1, "abc"), (2**2000, "e"), (3, "."), (-1, "c")]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
print(f"{-0.0:z.1f} {-0.0001:z.2f} {-0.0:z} {123456:0=12,} {5:#020_x} {1234.5:012,.1f} {float('inf'):010}")
print("%5.3d|%-8.3x|%#.5o|%c|%5c|%a|%08.3f" % (5, 255, 8, "é", 65, "é", -3.14159))
x, y = 3, "hi"
print(f"{x=}", f"{x = }", f"{y=!s:>5}", f"{x*2=:03d}", f"{ {'a': 1}['a'] }", f"{'nested {}'.format(x)}")
