class I:
    def __index__(self): return 7
class B:
    def __float__(self): return 1
for x in ["1_0.5", "1__0", "_1", "1_", "1e1_0", " 2.5 ", "inf", "-Infinity", "nan", "1.", ".5", "1e", "0x10", "١٫٥", I(), B(), "1_000.000_1"]:
    try:
        print(repr(float(x)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
