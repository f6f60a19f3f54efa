# Substrings take the narrowest kind of what they hold (sizes tell the kind), from slices,
# strip, split, partition and replace of latin-1, UCS-2 and UCS-4 text; long wide text.
import sys

texts = ["ab\xe9cd", "\xe9abc", "ab\u4e00cd", "\u4e00abc\xe9", "ab\U0001f600cd", "\U0001f600\u4e00ab\xe9", "abc"]
for t in texts:
    for a in range(len(t) + 1):
        for b in range(a, len(t) + 1):
            p = t[a:b]
            print(ascii(p), sys.getsizeof(p), p.isascii(), end="; ")
    print()
    for p in (t.strip("a"), t.strip("\xe9\U0001f600"), t.lstrip("\U0001f600\u4e00"), t.rstrip("d\xe9")):
        print(ascii(p), sys.getsizeof(p), end="; ")
    for p in t.split("\u4e00") + t.split("c") + list(t.partition("b")) + t.split() + [t.replace("\u4e00", "x"),
                                                                                          t.replace("\U0001f600", "\xe9")]:
        print(ascii(p), sys.getsizeof(p), end="; ")
    print()
    print(ascii(t[::2]), sys.getsizeof(t[::2]), ascii(t[::-1]), sys.getsizeof(t[::-1]), ascii(t[-2:]), sys.getsizeof(t[-2:]))


class S(str):
    pass


u = S("ab\u4e00")
print(type(u[:]).__name__, type(u[0:3]).__name__, type(u[1:]).__name__, u[:] == u)
v = "x"
print(v[:] is v, v[0:1] is v, "abc"[1:2] is chr(98), "a\u4e00"[0:1] is chr(97))
wide = "  \u4e00\u4e8c\u4e09 " * 2000 + "\U0001f600"
print(len(wide.strip()), sys.getsizeof(wide.strip()), len(wide[3:-1]), sys.getsizeof(wide[3:-1]), sys.getsizeof(wide[-1:]))
print(wide.startswith("  \u4e00"), wide.endswith("\U0001f600"), wide.find("\U0001f600"), wide.count("\u4e8c"))
print(len(wide.split()), sys.getsizeof(wide.split()[-1]), wide.rpartition(" ")[2] == "\U0001f600")
