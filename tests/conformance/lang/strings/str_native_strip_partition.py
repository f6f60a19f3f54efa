# str.strip / lstrip / rstrip and partition / rpartition: whitespace of every kind, char
# sets, wide text, subclasses (results are exact str), identity where CPython keeps it.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))


WS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
texts = ["", " ", "a", "  a b  ", WS + "mid" + WS, WS, "\u200bx\u200b", "\xe9 \xe9", " \u0100 ", "\U0001f600 \U0001f600",
         "\ud800 \udc00", "xxaxx", "abcba", "\xe9a\xe9", "\u0100a\u0100", "\U0001f600a\U0001f600", "\x85\xa0a"]
charsets = [None, "", "x", "ab", "\xe9", "\u0100", "\U0001f600", " \t", "\ud800"]
for t in texts:
    for c in charsets:
        for name in ("strip", "lstrip", "rstrip"):
            show(f"{ascii(t)}.{name}({ascii(c)})", lambda: getattr(t, name)(c))

show("strip bad", lambda: "a".strip(1))
show("lstrip bad", lambda: "a".lstrip(b"a"))
show("rstrip bad", lambda: "a".rstrip(1))
show("strip two", lambda: "a".strip("a", "b"))
show("strip kw", lambda: "a".strip(chars="a"))
show("rstrip kw", lambda: "a".rstrip(chars="a"))

s = "plain"
print(s.strip() is s, s.lstrip("z") is s, s.rstrip(None) is s, " p".strip() is chr(112), "p".strip() is s)


class S(str):
    pass


u = S(" sub ")
for r in (u.strip(), u.lstrip(), u.rstrip(), S("sub").strip(), S("x").strip(), S("").strip(), S("ab").strip("a")):
    print(type(r).__name__, ascii(r))
v = S("x")
print(v.strip() is v, v.strip() == "x")
print("xax".strip(S("x")), type("xax".strip(S("x"))).__name__)

for t in ["a=b=c", "=", "", "abc", "a==b", "\xe9=\xe9", "\u0100=\u0101=", "\U0001f600=\U0001f600", "aaa"]:
    for sep in ["=", "==", "aa", "\xe9", "\u0100", "\U0001f600", "abcd"]:
        show(f"{ascii(t)}.partition({ascii(sep)})", lambda: t.partition(sep))
        show(f"{ascii(t)}.rpartition({ascii(sep)})", lambda: t.rpartition(sep))
show("partition empty", lambda: "abc".partition(""))
show("rpartition empty", lambda: "abc".rpartition(""))
show("partition empty of empty", lambda: "".partition(""))
show("partition wide empty? no", lambda: "a".partition("\u0100"))
show("partition bad", lambda: "a".partition(1))
show("rpartition bad", lambda: "a".rpartition(None))
show("partition none", lambda: "a".partition())
show("partition two", lambda: "a".partition("a", "b"))
show("partition kw", lambda: "a".partition(sep="a"))

t = "key"
p = t.partition("=")
print(p[0] is t, p[1] is p[2], t.rpartition("=")[2] is t)
sep = "="
q = "a=b".partition(sep)
print(q[1] is sep)
w = S("k=v")
print([type(x).__name__ for x in w.partition("=")], [type(x).__name__ for x in w.partition("#")],
      [type(x).__name__ for x in w.rpartition("#")], [type(x).__name__ for x in "k=v".partition(S("="))])
print(w.partition("#")[0] is w, w.partition("\u0100")[0] is w)
