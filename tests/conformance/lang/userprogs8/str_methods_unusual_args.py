s = "name\tage\tcity\nalice\t30\tparis\r\nbob\t4\tnyc\rend"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)), repr("a\tb".expandtabs(0)), repr("\t".expandtabs(-1)))
print(s.splitlines())
print(s.splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("x = 1 = 2".partition(" = "), "abc".partition("z"), "abc".rpartition("z"))
print("a.b.c".rpartition("."))
print("Straße".casefold(), "ΣΑΣ".casefold(), "ﬁ".upper(), "ǅ".lower(), "ǆ".title())
table = str.maketrans("abc", "xyz", "!")
print("a big cab!!".translate(table))
print(str.maketrans({"a": "1", "b": None, 99: "C"}))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(6), "".zfill(2), "-".zfill(3))
print("{name} is {age}".format_map({"name": "Al", "age": 3}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(Default(a=1)))
width, prec = 10, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]", f"[{val:<{width}}]", f"[{'x':{'^'}{7}}]")
print(f"{val=}", f"{val = :.2f}", f"{width*2=}", f"{'q'=!s}", f"{val=!r:>20}")
print(f"{'café'!a}", ascii("naïve ☃"), f"{[1,'é']!a}")
print("%-6s|%6.2f|%+d|%x|%o|%e|%g|%%|%c|%r" % ("ab", 2.5, 5, 255, 8, 12345.678, 0.00001234, 65, "q"))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42})
print("  padded  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "hello world".capitalize())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  ".split(), "a b c".rsplit(None, 1))
print("abcabc".find("c", 3), "abcabc".rfind("c", 0, 4), "abcabc".index("b", 2), "abc".count(""), "aaaa".count("aa"))
print("ab".center(7, "*"), "ab".ljust(5, "-"), "ab".rjust(5, "0"), "abc".center(6))
print("hello"[::-1], "hello"[1:4:2], "x".join("abc"), ",".join(map(str, range(5))))
print("Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal(), "abc1".isalnum(), "  ".isspace(), "Ab Cd".istitle())
print("été".encode(), "été".encode("latin-1"), b"caf\xc3\xa9".decode(), "x".encode("ascii", "replace"))
print("aé".encode("ascii", errors="replace"), "aé".encode("ascii", "xmlcharrefreplace"), "aé".encode("ascii", "backslashreplace"))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2))
print(repr("tab\there"), repr("quote'"), repr('both\'"'), repr("\x00\x7f\u200b"), str(b"\x00ab'"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {1}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("%s" % ((1, 2),), "%s %s" % (1, 2))
"%d" % "x"
