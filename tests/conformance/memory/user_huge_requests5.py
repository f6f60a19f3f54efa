# Requests too big to satisfy, as users stumble on them: padding, repeats, to_bytes, format widths
# and precisions: MemoryError, OverflowError or ValueError as CPython says, and the program goes on.
import sys
N = 10**12
cases = [
    ("str.center", lambda: "x".center(N)),
    ("str.zfill", lambda: "1".zfill(N)),
    ("str.rjust", lambda: "x".rjust(N, "*")),
    ("expandtabs", lambda: "\t".expandtabs(N)),
    ("bytes.ljust", lambda: b"x".ljust(N)),
    ("bytes.center", lambda: b"x".center(N)),
    ("bytes.zfill", lambda: b"1".zfill(N)),
    ("bytearray.ljust", lambda: bytearray(b"x").ljust(N)),
    ("bytearray * N", lambda: bytearray(b"x") * N),
    ("bytearray *= N", lambda: (lambda b: b.__imul__(N))(bytearray(b"x"))),
    ("list *= N", lambda: (lambda l: l.__imul__(N))([1])),
    ("tuple * N", lambda: (1, 2) * N),
    ("str * 2**40", lambda: "ab" * 2**40),
    ("int str huge", lambda: str(10 ** 5000)),
    ("hex of huge", lambda: len(hex(1 << 10**8))),
    ("bytes.fromhex big", lambda: len(bytes.fromhex("00" * 10))),
    ("int.to_bytes huge", lambda: (1).to_bytes(N, "big")),
    ("bytearray(range)", lambda: len(bytearray(range(10)))),
    ("list(range(N))", lambda: list(range(N))),
    ("[0]*N in comprehension", lambda: [0 for _ in range(3)] * N),
    ("array * N", lambda: __import__("array").array("b", [1]) * N),
    ("str.ljust negative", lambda: "x".ljust(-5)),
    ("memoryview tobytes", lambda: len(memoryview(b"abc").tobytes())),
    ("format int width", lambda: format(5, f"{N}")),
    ("float repr precision", lambda: f"{1.5:.{N}f}"),
    ("round big ndigits", lambda: round(1.5, N)),
    ("int precision", lambda: f"{5:.{3}}"),
    ("zero-padded huge", lambda: f"{5:0{N}d}"),
]
for label, f in cases:
    try:
        v = f()
        print(f"{label:<26} ok {type(v).__name__} {v if isinstance(v, int) else ''}")
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(f"{label:<26} {type(e).__name__}: {e}")
print("still running")

b = bytearray(b"ab")
print(b.__iadd__(b"cd"), b.__imul__(2), b)
b += memoryview(b"x")
print(b)
for bad in (1, "s", [1]):
    try:
        b += bad
    except TypeError as e:
        print(e)
try:
    b.__iadd__(1)
except TypeError as e:
    print(e)
