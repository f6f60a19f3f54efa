from fractions import Fraction
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 9
for f, a in [("%f", "x"), ("%f", I()), ("%f", F()), ("%d", F()), ("%d", N()), ("%x", N()), ("%x", I()), ("%x", 3.0), ("%d", "12"), ("%d", Fraction(7, 2)), ("%e", 10**400), ("%s %s", ("a", "b")), ("%-5d|%05.1f|%+x|% d", (3, 2.25, 255, 4)), ("%(x)s-%(y)r", {"x": 1, "y": "q"}), ("%s", [1, 2]), ("abc", []), ("%(a)s", {"a": 1, "b": 2}), ("%s", {"a": 1}), ("%hd %ld %Lf", (1, 2, 3.0)), ("%5.2s|", "abc"), ("%-6r|", "a"), ("%#o %#x %#X", (8, 255, 255)), ("%c%c", (65, "B")), ("%.3g|%10.4e|%-10G|", (1234.5, 0.000123, 1e-10)), ("%((a))s", {"(a)": 5}), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)), ("%i", True), ("%s %s", (1,)), ("%.2%", ()), ("%*.*f", (8, 3, 3.14159)), ("%-*d|", (-4, 1)), ("%3c|", "é")]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(f, type(e).__name__, e)
for f, a in [(b"%s %d", (b"x", 5)), (b"%c", 65), (b"%5b|", b"ab"), (b"%r", "x"), (b"%a", "é"), (b"%x", 255), (b"%z", 1), (b"%(k)s", {b"k": b"v"}), (b"%s", "str")]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(f, type(e).__name__, e)
