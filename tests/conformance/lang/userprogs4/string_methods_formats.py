# More str methods and formats: casefold, splitlines, partition, comparisons, str() of
# values, format/%/f-string specs, int() bases, escapes and encodings, special casing.
s = "Hello, World"
print(s.casefold(), s.center(20, "·"), s.count("l", -5), s.encode("utf-16")[:6], s.endswith(("ld", "x")), s.find("o", 5, 9))
print(s.format_map({}), s.index("W"), s.isalnum(), "abc123".isalnum(), "ǅ".istitle(), " ".isspace(), "".isspace(), "Ⅻ".isnumeric(), "٣".isdecimal())
print("a\tb".expandtabs(0), "x".ljust(-1), "abc".rjust(5, "0"), "%".join("ab"), "TITLE case".capitalize(), "ßtraße".upper(), "ǈ".lower(), "ﬁ".upper())
print("one two  three".split(" "), "a|b|c".split("|", 1), "a|b|c".rsplit("|", 1), "line\r\nnext\rlast\x0bv".splitlines())
print("abc".partition("d"), "a-b-c".rpartition("-"), "spam".replace("", "."), "x".replace("x", "y", 0), "aaa".replace("a", "b", -1))
print("Python".startswith("th", 2), "Python"[1:-1:2], "abcdef"[::-2], "abc"[5:1:-1], "abc"[-100:100])
print("ab" < "abc", "B" < "a", "é" > "z", sorted(["ä", "a", "z", "Z"]), max("hello"), ord(max("hello")), chr(0x1F600))
print(str(3.0), str(1e16), str(1.5e-7), str(-0.0), str(True), str(None), str(b"\x00\xff"), str([1.0, "a"]), str((1,)), str({1: "x"}))
print("{0!r:^10}|{0!s:<6}|{1:+.3e}|{2:x}|{3:,.2f}|{4:%}|{5:c}".format("q", 12345.678, 48879, 1234567.891, 0.256, 9731))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=3), "{a[0]}-{b.real}".format(a=[7], b=3+4j), "{!a}".format("naïve"))
print("%c%c" % (72, "i"), "%r %a" % ("é", "é"), "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%*d" % (5, 42), "%#o %#x %#X" % (8, 255, 255))
print("%(x)s and %(x)r" % {"x": "v"}, "%%d" % (), "%s" % (1,), "%s" % [1, 2], "%d%%" % 50, "%i" % 3.9, "%x" % -255, "%e" % 0, "%g %g %g" % (1e-4, 1e-5, 123456789))
print(f"{12345.6789:_.2f}", f"{0.000012345:.3g}", f"{1e100:.2e}", f"{123:>+08}", f"{-123:=+8}", f"{'s':>{3}}", f"{3+4j:.1f}", f"{1_000_000:,}")
print(format(1234.5678, "n"), format(255, "#b"), format(-0.0, ".1f"), format(float("inf"), "^8"), format(float("nan"), "+"), format(10**20, ".3e"))
print(int("  12  "), int("-0"), int("+7"), int("1" * 30), int("ff", 16), int("0o777", 0), int("Z", 36), int(" 1_2 "), float(" 1e3 "), float("-inf"), float("0x1p-2".replace("0x1p-2", "0.25")))
for bad, base in [("12", 1), ("12", 37), ("0x12", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
print("ab" * 3, 3 * "ab", "-" * 0, "abc".__len__(), "a" in "", "" in "a", "abc".find(""), "abc".rfind(""), "abc".count("", 1))
print(repr("\a\b\f\v\x7f\x80\xa0\u2028"), ascii("\u2028\U0001F600"), "é".encode("latin-1"), "€".encode("cp1252", errors="replace") if False else "", b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
print("ǲ".swapcase(), "İstanbul".lower(), len("İ".lower()), "ﬃ".casefold(), "Σ".lower(), "ΌΣΟΣ".lower())
import string
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{0!r:>3}b")))
