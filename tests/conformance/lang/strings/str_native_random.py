# A seeded differential test of the str methods that cut text: random strings over an
# alphabet of ASCII, latin-1, UCS-2, astral, whitespace, line breaks and a lone surrogate.
ALPHA = ["a", "b", " ", "\t", "\n", "\r", "\r\n", "\x1c", "\x85", "\xa0", "\xe9", "\u0100", "\u2028", "\u3000",
         "\U0001f600", "\ud800", ",", ",,"]
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 16) % n


def rstr(maxlen):
    return "".join(ALPHA[rnd(len(ALPHA))] for _ in range(rnd(maxlen + 1)))


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))


for case in range(400):
    t = rstr(12)
    s = rstr(2) if rnd(4) else None
    m = rnd(5) - 1
    c = rnd(3)
    show(f"{case} split", lambda: t.split(s, m))
    show(f"{case} rsplit", lambda: t.rsplit(s, m))
    show(f"{case} splitlines", lambda: t.splitlines(c == 1))
    show(f"{case} strip", lambda: (t.strip(s), t.lstrip(s), t.rstrip(s)))
    if s is not None:
        show(f"{case} partition", lambda: (t.partition(s), t.rpartition(s)))
        a, b = rnd(16) - 8, rnd(16) - 4
        show(f"{case} find", lambda: (t.find(s), t.rfind(s, a), t.count(s, a, b), t.startswith(s, a), t.endswith(s, a, b)))
        show(f"{case} replace", lambda: (t.replace(s, rstr(2)), t.replace(s, "", m)))
