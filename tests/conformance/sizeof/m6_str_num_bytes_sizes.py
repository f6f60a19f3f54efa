import sys
# strings of each kind
for s in ["", "a", "hello", "é", "café", "\u20ac", "price: 5\u20ac", "\U0001F600", "smile \U0001F600"]:
    print(repr(s), len(s), sys.getsizeof(s))
a = "abc" * 10
print("repeat", sys.getsizeof(a))
b = "x" + "é"
print("concat to latin1", sys.getsizeof(b))
c = "abc" + "\u1234"
print("concat to ucs2", sys.getsizeof(c))
d = "".join(["a", "b", "\U00010000"])
print("join ucs4", sys.getsizeof(d))
e = ("\u1234" + "abc")[1:]
print("slice back to ascii", sys.getsizeof(e), e)
f = "é" * 100
print("latin1 *100", sys.getsizeof(f))
g = f.encode("utf-8")
print("utf8 bytes", sys.getsizeof(g))
print("str(int)", sys.getsizeof(str(12345)))
print("f-string", sys.getsizeof(f"{1}{2}{'é'}"))
print("upper", sys.getsizeof("straße".upper()))
s = "hello"
_ = hash(s)
print("hashed", sys.getsizeof(s))
# ints
for n in [0, 1, -1, 2**29, 2**30 - 1, 2**30, -2**30, 2**60, 2**90, 10**100, -10**100, True, False]:
    print(n if abs(n) < 10**20 else "big", sys.getsizeof(n))
print("float", sys.getsizeof(1.5), sys.getsizeof(float("inf")))
print("complex", sys.getsizeof(1j))
# tuples/bytes/bytearray
print("tuples", [sys.getsizeof(tuple(range(n))) for n in range(6)])
print("bytes", [sys.getsizeof(b"x" * n) for n in (0, 1, 10, 100)])
ba = bytearray()
prev = sys.getsizeof(ba); print("ba empty", prev)
for i in range(200):
    ba.append(i)
    s = sys.getsizeof(ba)
    if s != prev:
        print("ba append ->", len(ba), s); prev = s
ba2 = bytearray(b"hello")
print("ba literal", sys.getsizeof(ba2))
ba2 += b"world!!"
print("ba iadd", sys.getsizeof(ba2))
ba2.clear(); print("ba clear", sys.getsizeof(ba2))
print("ba(n)", sys.getsizeof(bytearray(100)))
print("range", sys.getsizeof(range(10)), sys.getsizeof(range(10**30)))
def gen():
    yield 1
print("generator", sys.getsizeof(gen()))
print("object()", sys.getsizeof(object()))
print("None", sys.getsizeof(None), "Ellipsis", sys.getsizeof(...))
mv = memoryview(b"abcdef")
print("memoryview", sys.getsizeof(mv), sys.getsizeof(mv[1:3]))
print("slice", sys.getsizeof(slice(1, 2)))
print("type", sys.getsizeof(int), sys.getsizeof(type))
