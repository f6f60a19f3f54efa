import sys
for s in ["", "a", "ab", "hello", "é", "héllo", "ÿ" * 10, "€", "€uro", "😀", "a😀", "ab" * 50, "\u0100", "\uffff", "\U00010000"]:
    print(repr(s)[:12], len(s), sys.getsizeof(s))
a = "abc"
b = a + "é"
c = b + "€"
d = c + "😀"
print([sys.getsizeof(x) for x in (a, b, c, d)])
print(sys.getsizeof(d[:3]), sys.getsizeof(d[-1]), sys.getsizeof(c[3:]), sys.getsizeof("".join(["a", "€"])))
print(sys.getsizeof("x" * 1000), sys.getsizeof("€" * 1000), sys.getsizeof("😀" * 1000))
print(sys.getsizeof(str(12345)), sys.getsizeof(f"{3.5}"), sys.getsizeof("%s" % "abc"), sys.getsizeof("abc".upper()))
print(sys.getsizeof("é".encode()), sys.getsizeof(bytes([233]).decode("latin-1")))
for n in [0, 1, -1, 2**30 - 1, 2**30, -(2**30), 2**60, 2**63, 2**90, 2**120, 10**100, -(10**100), 2**1000]:
    print(n.bit_length(), sys.getsizeof(n))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(1j))
x = 1
for i in range(10):
    x *= 1000000
    print(i, sys.getsizeof(x), sys.getsizeof(-x), sys.getsizeof(x // 7))
print(sys.getsizeof(int("9" * 50)), sys.getsizeof(int.from_bytes(b"\xff" * 20, "big")))
