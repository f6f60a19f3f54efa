import math
from decimal import Decimal
from fractions import Fraction
vals = [0, 1, -1, 42, 255, -255, 3.14159, -0.0, 1e10, 1.5e-7, math.inf, math.nan, 12345678.9]
for v in vals:
    print(f"{v!r:>14} | {v:>12.3f} | {v:<12.2e} | {v:^12g} | {v:+.1%}")
for n in (0, 7, 255, -42, 123456789):
    print(f"{n:b} {n:#o} {n:#x} {n:#X} {n:_b} {n:,} {n:_} {n:08d} {n:+08d} {n:=+8} {n:c}" if n >= 0 else f"{n:b} {n:#o} {n:#x} {n:,} {n:08d}")
print("%s %r %a %d %i %o %x %X %e %E %f %F %g %G %c %%" % ("é", "é", "é", 42, 42.7, 8, 255, 255, 12345.678, 0.00012, 1/3, math.inf, 1e-5, 1e20, 65))
print("%-8s|%8s|%08.3f|%+d|% d|%#x|%#o|%.3s|%*d|%-*d|" % ("ab", "cd", 3.14159, 5, 5, 255, 8, "abcdef", 6, 42, 6, 42))
print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7})
class P:
    x = [10, 20, 30]
    name = "pt"
print("{0.x[1]} {0.name!r:>6} {1[k]} {1[0]}".format(P, {"k": "v", 0: "zero"}))
print("{:{w}.{p}f}|{:>{w}}|{:{fill}^{w}}".format(math.pi, "r", "c", w=10, p=3, fill="*"))
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("-0.5"), "+.0f"), format(Decimal("1e-10"), "e"), f"{Decimal('3.14159'):.3}")
print(format(Fraction(1, 3), ".5f") if hasattr(Fraction, "__format__") else "n/a", Fraction(3, 4) + Fraction(1, 4), Fraction("0.125"), Fraction(1.5).limit_denominator())
print(f"{'left':<10}|{'right':>10}|{'mid':^11}|{'x'!r:^9}|")
print(f"{12.5:08.2f} {-12.5:08.2f} {12.5:<08} {1234567.891:,.2f} {0.000123:.2g} {123456789:.3e}")
print(f"{True:d} {True!s} {None!r:>6} {3+4j:.2f} {complex(1,-1)!r}")
print(f"{'abc':.2} {'tab':\u2192^7} {42:>+6} {1e100:g} {2**70:,}")
print("{} {} {}".format(*"xyz"), "{2}{1}{0}".format(*"abc"), "{!s:>5}".format(1.0))
for spec in ["", "10", "<10", ".2", "x"]:
    try:
        print(repr(format("hi", spec)))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["{:d}".format, "{:,s}".format, "{0:%}".format]:
    try:
        print(bad("text"))
    except ValueError as e:
        print("ValueError:", e)
print(f"{12:%} {0.5:.0%} {1/3:.2%}")
