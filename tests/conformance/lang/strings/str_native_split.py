# str.split / rsplit / splitlines: separators, maxsplit, whitespace and line boundaries of
# every kind, non-BMP and UCS-2 text, lone surrogates, subclasses, identity of results.
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))


WS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
texts = [
    "", " ", "a", "  a  b  ", "a b c d", "one\ttwo\nthree", "x" + WS + "y", WS, "\u200b a \u200b",
    "caf\xe9 cr\xe8me", "\u0100 \u0101\u0102  \u0103", "\U0001f600 \U0001f601\U0001f602 x",
    "a\ud800 b\udc00c " + chr(0xd800) + chr(0xdc00), "\x85a\x85b\xa0", "\u180e a",
]
for t in texts:
    for m in (-1, 0, 1, 2, 5):
        show(f"{ascii(t)}.split(None,{m})", lambda: t.split(None, m))
        show(f"{ascii(t)}.rsplit(None,{m})", lambda: t.rsplit(None, m))

seps = [",", ", ", "ab", "aa", "\xe9", "\u0100", "\U0001f600", "x" * 30]
stexts = ["a,b,,c,", ",", "", "aaa", "aaaa", "abab ab", "\xe9a\xe9\xe9", "\u0100b\u0100", "a\U0001f600b\U0001f600",
          "a, b, c", "x" * 65]
for t in stexts:
    for s in seps:
        for m in (-1, 0, 1, 3):
            show(f"{ascii(t)}.split({ascii(s)},{m})", lambda: t.split(s, m))
            show(f"{ascii(t)}.rsplit({ascii(s)},{m})", lambda: t.rsplit(s, m))

# Keywords, bad arguments.
show("kw sep", lambda: "a b,c".split(sep=","))
show("kw maxsplit", lambda: "a b c".split(maxsplit=1))
show("kw sep None", lambda: "a b c".rsplit(sep=None, maxsplit=1))
show("empty sep", lambda: "abc".split(""))
show("empty sep empty", lambda: "".split(""))
show("empty sep rsplit", lambda: "abc".rsplit("", 0))
show("short text, empty sep? no", lambda: "".rsplit("ab"))
show("bad sep", lambda: "abc".split(1))
show("bad sep bytes", lambda: "abc".split(b","))
show("bad maxsplit", lambda: "a b".split(None, 1.5))
show("bad maxsplit str", lambda: "a b".split(None, "1"))
show("huge maxsplit", lambda: "a b c".split(None, 2**62))
show("huge neg maxsplit", lambda: "a b c".split(" ", -2**62))
show("too huge maxsplit", lambda: "a b c".split(None, 2**63))
show("bool maxsplit", lambda: "a b c".split(None, True))
show("too many", lambda: "a b".split(None, 1, 2))
show("bad kw", lambda: "a b".split(x=1))
show("dup", lambda: "a b".split(" ", sep=" "))


class I:
    def __index__(self):
        return 1


show("index maxsplit", lambda: "a b c".split(None, I()))

# Identity: an exact str that is not split is its own only item; a subclass never is.
s = "nospace"
print(s.split()[0] is s, s.rsplit()[0] is s, s.split(",")[0] is s, s.rsplit(",")[0] is s)
print(s.split(None, 0)[0] is s, s.split(",", 0)[0] is s, s.splitlines()[0] is s)
print("nl\n".splitlines(True)[0] == "nl\n", "  pad".split()[0] == "pad")
w = "ab"
print(w.split("abc")[0] is w, w.split("\u0100")[0] is w)


class S(str):
    pass


u = S("a b")
for r in (u.split(), u.rsplit(), S("ab").split(), S("ab").split(","), S("ab").splitlines(), S("a\nb").splitlines(True)):
    print([type(x).__name__ for x in r], r)
print(type(S("ab").split("abc")[0]).__name__, type(S("ab").split("\u0100")[0]).__name__)
print("a,b".split(S(",")), type("a,b".split(S(","))[0]).__name__)
print("x y".split()[0] is "x y".split()[0], "a b".split()[1] is chr(98))

# One-character results are the latin-1 singletons.
print("a b".split()[0] is chr(97), "\xe9,b".split(",")[0] is chr(0xe9), "\u0100,b".split(",")[0] == "\u0100")

# splitlines
lines = ["", "a", "a\n", "a\nb", "a\r\nb\r\n", "\r\r\n\n", "a\rb", "a\x0bb\x0cc", "a\x1cb\x1dc\x1ed\x1fe",
         "a\x85b", "a\u2028b\u2029c", "\U0001f600\n\U0001f601", "x\ud800\ny", "\n\n", "\r\n", "\n\r", "abc\r"]
for t in lines:
    show(f"{ascii(t)}.splitlines()", lambda: t.splitlines())
    show(f"{ascii(t)}.splitlines(True)", lambda: t.splitlines(True))
show("keepends kw", lambda: "a\nb".splitlines(keepends=True))
show("keepends int", lambda: "a\nb".splitlines(2))
show("keepends str", lambda: "a\nb".splitlines("x"))
show("keepends float", lambda: "a\nb".splitlines(1.0))
show("keepends big", lambda: "a\nb".splitlines(2**31))
show("keepends -big", lambda: "a\nb".splitlines(-2**31))
show("splitlines too many", lambda: "a".splitlines(1, 2))

# list sizes: split's preallocation of 12, splitlines' appends.
for k in (0, 1, 5, 11, 12, 13, 30):
    t = " ".join(["w"] * k)
    print(k, sys.getsizeof(t.split()), sys.getsizeof(t.split(" ")), sys.getsizeof(t.split(" ", 2)),
          sys.getsizeof(t.rsplit(None, 20)), sys.getsizeof("\n".join(["w"] * k).splitlines()))
