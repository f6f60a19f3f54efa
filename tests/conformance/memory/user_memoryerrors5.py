# Oversized requests: which raise MemoryError, which OverflowError or ValueError, and that the
# program goes on (bytes(n) and format widths larger than the heap, repeat counts past 2**53).
def attempt(label, fn):
    try:
        v = fn()
        print(label, "ok", type(v).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
attempt("bytearray(10**12)", lambda: bytearray(10**12))
attempt("bytes(10**12)", lambda: bytes(10**12))
attempt("[0] * 10**12", lambda: [0] * 10**12)
attempt("(0,) * 10**12", lambda: (0,) * 10**12)
attempt("'x' * 10**12", lambda: "x" * 10**12)
attempt("f-string width", lambda: f"{1:>{10**12}}")
attempt("format float width", lambda: format(1.5, "^1000000000000"))
attempt("'%*d'", lambda: "%*d" % (10**12, 1))
attempt("b'x' * 10**12", lambda: b"x" * 10**12)
attempt("[0] * 2**62", lambda: [0] * 2**62)
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("[None] * 2**63", lambda: [None] * 2**63)
attempt("range(2**64)[0]", lambda: range(2**64)[0])
attempt("len(range(2**64))", lambda: len(range(2**64)))
attempt("bytearray(-1)", lambda: bytearray(-1))
attempt("list(range(10**10))", lambda: len(list(range(10**10))) if False else "skipped")
attempt("'x'.ljust(10**12)", lambda: "x".ljust(10**12))
attempt("'{:>1000000000000}'", lambda: "{:>1000000000000}".format("x"))
attempt("1 << 10**12", lambda: 1 << 10**12)
attempt("10 ** 10**10", lambda: 0)
attempt("'x' * -1", lambda: "x" * -1)
attempt("[0] * -5", lambda: [0] * -5)
import sys
attempt("sys.maxsize + 1 repeat", lambda: [0] * (sys.maxsize + 1))
x = [1] * 1000
print("program continues:", len(x))
for f in [lambda: b"%*d" % (10**12, 1), lambda: "%-*s" % (10**12, "x"), lambda: "%.*f" % (10**12, 1.0), lambda: "%0*d" % (10**12, 5)]:
    try:
        f()
    except (MemoryError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
