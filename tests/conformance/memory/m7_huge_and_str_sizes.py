import sys
sz = sys.getsizeof

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except MemoryError as e:
        print(label, "MemoryError", repr(e))
    except OverflowError as e:
        print(label, "OverflowError", e)
    except ValueError as e:
        print(label, "ValueError", e)

attempt("[0]*10**10", lambda: [0] * 10**10)
attempt("'x'*10**12", lambda: "x" * 10**12)
attempt("b'x'*10**12", lambda: b"x" * 10**12)
attempt("(0,)*10**10", lambda: (0,) * 10**10)
attempt("[0]*2**62", lambda: [0] * 2**62)
attempt("[0]*2**63", lambda: [0] * 2**63)
attempt("'ab'*2**62", lambda: "ab" * 2**62)
attempt("bytearray(10**12)", lambda: bytearray(10**12))
attempt("bytes(10**12)", lambda: bytes(10**12))
attempt("range(10**20) len", lambda: len(range(10**20)))
attempt("list(range(10**12))", lambda: list(range(10**12)))
attempt("'x'.ljust(10**12)", lambda: "x".ljust(10**12))
attempt("' '*-1", lambda: " " * -1)
attempt("[None]*-5", lambda: [None] * -5)
attempt("10**10**10 size", lambda: sz(1 << 10**6))
attempt("'é'*10**11", lambda: "é" * 10**11)
attempt("'€'*10**11", lambda: "€" * 10**11)
attempt("'😀'*10**11", lambda: "😀" * 10**11)

print("str kinds")
for s in ("", "a", "abc", "é", "aé", "€", "a€", "😀", "a😀", "\x7f", "\x80", "\xff", "\u0100", "\uffff", "\U00010000"):
    print(repr(s), sz(s), sz(s * 10), sz(s + "x"), sz("x" + s), sz(s.upper()), sz(s * 0))
print("concatenation across kinds")
parts = ["abc", "é", "€", "😀"]
acc = ""
for p in parts:
    acc += p
    print(len(acc), sz(acc))
print("join results")
for sep in ("", ",", "é", "€"):
    print(repr(sep), sz(sep.join(["a", "b", "c"])), sz(sep.join(["a", "€"])), sz(sep.join([])), sz(sep.join(["solo"])))
print("str methods")
s = "Hello World"
print(sz(s), sz(s.lower()), sz(s[1:]), sz(s[:0]), sz(s[0]), sz(s * 3), sz(s.encode()), sz(s.encode("utf-16")))
print(sz(str(12345)), sz(repr(1.5)), sz(f"{1}{2}"), sz("%s" % "x"), sz(format(3.14159, ".2f")))
print("bytes concat")
b = b""
for i in range(6):
    b += b"ab"
    print(len(b), sz(b))
ba = bytearray()
sizes = []
for i in range(40):
    ba += b"x"
    sizes.append(sz(ba))
print(sorted(set(sizes)))
ba2 = bytearray()
sizes = []
for i in range(40):
    ba2.append(1)
    sizes.append(sz(ba2))
print(sorted(set(sizes)))
print(sz(b"".join([b"ab"] * 10)), sz(bytes(10)), sz(bytearray(10)), sz(bytearray(b"abc") * 3))
print("ints")
for v in (0, 1, -1, 2**30 - 1, 2**30, -2**30, 2**60, 2**90, -2**90, 10**100, True, False):
    print(v if abs(v) < 10**20 else "big", sz(v))
print("floats/complex", sz(0.0), sz(1e308), sz(float("inf")), sz(1j))
print("padding and formatting")
attempt("(0,)*10**10 again", lambda: (0,) * 10**10)
attempt("format width", lambda: "{:99999999999}".format(1))
attempt("center", lambda: "x".center(10**12))
attempt("bytes center", lambda: b"x".center(10**12))
attempt("expandtabs", lambda: "a\tb".expandtabs(10**10))
attempt("%-format width", lambda: "%99999999999d" % 1)
try:
    (0,) * 10**10
except MemoryError as e:
    print(e.args, str(e) == "", repr(e))
