import collections, itertools, functools, operator, string, math, sys
# strings & bytes corners
s = "Hello, Wörld! 123"
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("latin-1"), b"abc\xff".decode("ascii", "ignore"), "x".encode("utf-32")[:4])
print("{:*^20}".format(" mid "), "{:>{w}.{p}f}".format(3.14159, w=10, p=3), "{0!s:>5}{0!r:>5}".format("q"), "%-10.3s|" % "abcdef", "%5.1f%%" % 99.44)
print(format(1234567, "_"), format(0.1, ".17g"), format(255, "08b"), format(-42, "+05d"), format(3.0, "g"), format(1e-5, "f"), format(12.0, ".0f"), format(2.5, ".0f"), format(float("nan"), "f"))
print("a\tb\\n", r"raw\n", 'quote"s', "it's", """tri"ple""", "\u00e9" == "é", "\x41", len("😀"), "😀".encode())
print("-".join(map(str, range(5))), ",".join([]), "abc".join("xy"), "  a  b  ".split(" "), "a,b,c".split(",", 1), "abc".split("b", maxsplit=0))
print("title case here".title(), "UPPER".lower(), "MiXeD".swapcase(), "hello"[1:-1], "hello"[-3:], "hello"[10:], "hello"[::-2], "abc" < "abd", "B" < "a", sorted("bAcD"), sorted("bAcD", key=str.casefold))
print(b"hello world".split(), b"a,b".split(b","), b"abc".upper(), b"  x ".strip(), b"abc".find(b"c"), b"%d-%s" % (5, b"x"), bytes(3), b"ab" * 2, b"a" in b"cab", list(b"hi"), b"hi"[0], b"hello"[1:3])
print(str(b"bytes"), repr(b"\x00\x7f\x80'\""), bytes("é", "utf-8"), bytearray("abc", "ascii"), b"".join([b"a", bytearray(b"b")]), b"abc".hex(":"), bytes.fromhex("de ad"), int.from_bytes(b"\x01\x00", "little"))
# numbers corners
print(7 / 2, 7 // 2, -7 / 2, 7.0 // 2, 2 ** -1, 2 ** 0.5, 10 % 3.5, abs(-7), abs(-7.5), round(7.5), round(8.5), round(-7.5), round(3.14159, 3), round(1234, -2), round(1250, -2), round(1350, -2))
print(float("1e500"), float("-inf"), 1e-400, 0.1 + 0.2, 1.1 * 3, 100 * 1.1, 3.3 / 1.1, 2.675 * 100, 1 / 3 + 1 / 3 + 1 / 3, sum([0.1] * 3), 4.35 * 100, 0.57 * 100)
print(int(2.9999999999999999), int(-0.5), int("  -0  "), int(True), float(1 << 60), 1 << 60, float(10 ** 16 + 1), (10 ** 16 + 1) / 1, 10 ** 16 + 1.0, 2 ** 53 + 1.0 == 2 ** 53)
print(math.inf > 10 ** 400, 10 ** 400 > 1e308, 10 ** 400 == float("inf"), (10 ** 400) * 0.0 if False else 0, 1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(max(1, 2.5, True), min([], default="empty"), sum([[1], [2]], []), sum(range(10), 100), sum([1.5, 2.5]), pow(2, 10), pow(2.0, 3), pow(-8, 1/3) if False else 0, divmod(-9, 4), divmod(9, -4), divmod(-9.5, 4))
print(bin(0), hex(0), oct(0), bin(-1), f"{-1:b}", f"{255:X}", f"{1e6:,.0f}", f"{-0.0:.1f}", f"{0.0:+.1f}", f"{1.5:=+8.2f}", f"{12:^+7}", f"{'s':>3}|{'l':<3}|")
print(sorted([3, 1, 2], reverse=True), sorted([(1, "b"), (1, "a")], key=operator.itemgetter(1)), sorted(["b", "A", "c"], key=str.lower), list(reversed(range(3))), [*range(3), *"ab"], {*"aab"} == {"a", "b"}, {**{"a": 1}, **{"a": 2}})
print(list(itertools.groupby("aaabbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aaabbc")], list(itertools.chain("ab", [1])), list(zip(*[(1, "a"), (2, "b")])), dict(zip("abc", range(3))), list(enumerate("xy", start=5)), list(map(operator.add, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), any([]), all([]), list(itertools.accumulate("abc")), [list(g) for _, g in itertools.groupby([1, 1, 2, 1])], functools.reduce(operator.mul, range(1, 6), 1))
