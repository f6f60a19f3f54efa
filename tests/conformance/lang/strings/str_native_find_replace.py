# str.find/rfind/index/rindex, count, startswith/endswith (tuples, start/end) and replace:
# every kind of text, empty substrings, bounds past the ends, identity of unchanged results.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))


texts = ["", "a", "abcabc", "aaaa", "\xe9b\xe9", "\u0100a\u0100", "a\U0001f600b\U0001f600", "x\ud800y"]
subs = ["", "a", "bc", "aa", "\xe9", "\u0100", "\U0001f600", "\ud800", "abcabcx"]
bounds = [(None, None), (1, None), (None, -1), (-2, None), (2, 1), (5, 10), (-100, 100), (0, 0), (3, 3), (10, None)]
for t in texts:
    for s in subs:
        for b in bounds:
            for name in ("find", "rfind", "count", "startswith", "endswith"):
                show(f"{ascii(t)}.{name}({ascii(s)},{b})", lambda: getattr(t, name)(s, *b))

show("index missing", lambda: "abc".index("x"))
show("rindex missing", lambda: "abc".rindex("x", 1))
show("index found", lambda: "abcb".index("b", 2))
show("rindex found", lambda: "abcb".rindex("b", 0, 3))
show("find bad", lambda: "abc".find(1))
show("find none", lambda: "abc".find())
show("find many", lambda: "abc".find("a", 1, 2, 3))
show("find kw", lambda: "abc".find(sub="a"))
show("find bad start", lambda: "abc".find("a", "x"))
show("find float start", lambda: "abc".find("a", 1.0))
show("find huge", lambda: "abc".find("c", -2**70, 2**70))
show("count bad", lambda: "abc".count(None))
show("count huge", lambda: "abc".count("", 2**65))
show("startswith tuple", lambda: "hello".startswith(("x", "he")))
show("startswith tuple bad late", lambda: "hello".startswith(("he", 1)))
show("startswith tuple bad early", lambda: "hello".startswith((1, "he")))
show("endswith tuple empty", lambda: "hello".endswith(()))
show("endswith bad", lambda: "hello".endswith(["lo"]))
show("startswith bad", lambda: "hello".startswith(1))
show("startswith none", lambda: "hello".startswith())
show("endswith range", lambda: "hello".endswith("ell", 0, 4))
show("startswith range", lambda: "hello".startswith("ll", 2))
show("startswith index", lambda: "hello".startswith("e", True))

rtexts = ["", "a", "abcabc", "aaaa", "\xe9b\xe9", "b\xe9", "\u0100a\u0100", "a\U0001f600b", "x\ud800y", "mississippi"]
pairs = [("", "-"), ("", ""), ("a", ""), ("a", "b"), ("a", "xyz"), ("ab", "c"), ("\xe9", "e"), ("\xe9", "\u0100"),
         ("\u0100", "A"), ("\U0001f600", "!"), ("ss", "SS"), ("issi", "*"), ("x", "y"), ("\ud800", "?"), ("abcabc", "")]
for t in rtexts:
    for old, new in pairs:
        for c in (-1, 0, 1, 2, 100):
            show(f"{ascii(t)}.replace({ascii(old)},{ascii(new)},{c})", lambda: t.replace(old, new, c))
show("replace bad", lambda: "a".replace(1, "b"))
show("replace bad new", lambda: "a".replace("a", None))
show("replace kw", lambda: "a".replace("a", "b", count=1))
show("replace float", lambda: "a".replace("a", "b", 1.0))
show("replace huge", lambda: "aa".replace("a", "b", 2**62))
show("replace too huge", lambda: "aa".replace("a", "b", 2**64))
show("replace one arg", lambda: "aa".replace("a"))

s = "same"
print(s.replace("x", "y") is s, s.replace("s", "s", 0) is s, s.replace("", "") is s, s.replace(s, s) is s)
print("a".replace("a", "b") is chr(98), "ab".replace("b", "") is chr(97), "ab".replace("ab", "") is "ab"[:0])
r = "\xe9b".replace("\xe9", "a")
print(r, r.isascii(), ascii("\u0100b".replace("\u0100", "\xe9")))


class S(str):
    pass


u = S("abc")
for r in (u.replace("x", "y"), u.replace("a", "A"), u.replace("a", "b", 0), S("").replace("", "")):
    print(type(r).__name__, ascii(r))
print(u.find(S("b")), u.count("c"), u.startswith(S("a")), "abc".endswith((S("c"),)))
print("ab" in u, S("b") in "abc", "" in u)
show("in bad", lambda: 1 in "abc")
