# Methods that return their receiver unchanged give an exact str: the str itself, or a
# copy of a str subclass instance (unicode_result_unchanged); removeprefix/removesuffix.
class S(str):
    pass


s = S("abc")
for name, r in [("ljust", s.ljust(2)), ("rjust", s.rjust(3)), ("center", s.center(1)), ("zfill", s.zfill(2)),
                ("removeprefix", s.removeprefix("x")), ("removesuffix", s.removesuffix("x")),
                ("removeprefix a", s.removeprefix("a")), ("removesuffix c", s.removesuffix("c")),
                ("strip", s.strip()), ("replace", s.replace("q", "z")), ("slice", s[:]), ("split", s.split()[0])]:
    print(name, type(r).__name__, r)
a = "abc"
print(a.removeprefix("") is a, a.removeprefix("x") is a, a.removesuffix("") is a, a.ljust(2) is a, a.zfill(1) is a)
for t in ["", "abc", "\xe9\xe9x", "\u0100bc\u0100", "\U0001f600ab\U0001f600"]:
    for p in ["", "a", "ab", "abc", "abcd", "\xe9", "\u0100", "\U0001f600", "c\u0100", "b\U0001f600"]:
        print(ascii(t), ascii(p), ascii(t.removeprefix(p)), ascii(t.removesuffix(p)))
for bad in (1, None, b"a"):
    for name in ("removeprefix", "removesuffix"):
        try:
            getattr("abc", name)(bad)
        except TypeError as e:
            print(e)
try:
    "abc".removeprefix()
except TypeError as e:
    print(e)
try:
    "abc".removesuffix(prefix="a")
except TypeError as e:
    print(e)
