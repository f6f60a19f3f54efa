vals = [0, 1, -1, 7, 255, -255, 10**12, -(10**20), 0.0, -0.0, 1.5, -2.5, 3.14159265, 1e-7, 1e16, 123456.789, float("inf"), float("nan"), -float("inf"), True, 2**64, 1.0, 100.0, 0.000123456, 9.9999, 99.995]
specs = ["", "d", "5d", "<5", ">8", "^9", "=+8", "+", "-", " ", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "c", "n", ",", "_", "_b", "_x", ",d",
         "08", "08.2f", "f", ".0f", ".2f", "10.3f", "e", ".2e", "E", "g", ".3g", "#g", "G", ".10g", "%", ".1%", ",.2f", "_.3f", "+.1e", "*^12", "0<6", "#.0f", "#.0e", ".0%", "z.1f" , "010,", "=10", "#08x", ".1", ".5", "r"]
out = []
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(repr(s), row)
for s in ["", "<5", ">5", "^5", "*^7", ".2", "5.1", "=5", "+", "d", "05"]:
    for v in ["ab", "", "héllo"]:
        try:
            print(repr(s), repr(v), repr(format(v, s)))
        except Exception as e:
            print(repr(s), repr(v), type(e).__name__, e)
pct = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%o", "%#o", "%e", "%.2e", "%E", "%f", "%.0f", "%10.3f", "%-10.3f|", "%g", "%G", "%.3g", "%s", "%r", "%a", "%c", "%i", "%u", "%%"]
for p in pct:
    row = []
    for v in [0, 42, -42, 3.7, 1e10, "s", 255, 65, "é", True, None, 2**70]:
        try:
            row.append(p % (v,))
        except Exception as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(p, row)
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159), "%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25}, b"%s %d %x" % (b"hi", 5, 255), b"%c%c" % (65, b"B"), "%s" % [1, "a"], "%.2s%.3r" % ("abc", "xyz"))
print(f"{3.0:=^+12.3f}", f"{-5:x}", f"{-255:#06x}", f"{12345678:,}", f"{0.5:.0%}", f"{1234.5:_}", f"{-1234567.891:,.2f}", f"{1e100:.3}", f"{12:{'>'}{5}}")
print("{:{}{}}".format(3, "<", 4), "{0:{1}}".format("x", 3), "{!a}".format("é"), "{0.imag}".format(1j), "{0[a]}".format({"a": 1}), "{:c}".format(9731))
