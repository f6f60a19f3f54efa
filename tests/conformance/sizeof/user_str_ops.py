# str sizes by kind through slicing, replace, join, case changes, encode/decode, split.
import sys
samples = {
    "ascii": "hello",
    "latin1": "héllo",
    "ucs2": "h€llo",
    "ucs4": "h😀llo",
}
for k, s in samples.items():
    print(k, sys.getsizeof(s), sys.getsizeof(s * 3), sys.getsizeof(s[1:]), sys.getsizeof(s[:1]))
print(sys.getsizeof("h€llo".replace("€", "e")))
print(sys.getsizeof("h😀llo".replace("😀", "é")))
print(sys.getsizeof("€" + "abc"), sys.getsizeof(("€" + "abc")[1:]))
print(sys.getsizeof("ABC".lower()), sys.getsizeof("é".upper()), sys.getsizeof("ß".upper()))
print(sys.getsizeof(" ".join(["a", "b"])), sys.getsizeof(" ".join(["a", "€"])))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(f"{1}{'é'}"))
print(sys.getsizeof("a€".encode()), sys.getsizeof("a€".encode("utf-16")))
print(sys.getsizeof(b"abc".decode()), sys.getsizeof(bytes([200]).decode("latin-1")))
print(sys.getsizeof(chr(65)), sys.getsizeof(chr(233)), sys.getsizeof(chr(8364)), sys.getsizeof(chr(128512)))
print(sys.getsizeof("x".center(9)), sys.getsizeof("abc".zfill(10)), sys.getsizeof("a,b".split(",")))
print(sys.getsizeof(str(b"x")), sys.getsizeof(ascii("é")), sys.getsizeof(format(3.14159, ".2f")))
s = "a" * 50
print(sys.getsizeof(s.strip("a")), sys.getsizeof(s[::2]), sys.getsizeof(s[::-1]))
print(sys.getsizeof("€" * 10 + "a"), sys.getsizeof(("€" * 10 + "a")[-1]))
t = "abc"
t += "€"
print(sys.getsizeof(t))
import sys as _s
print(sys.getsizeof(sys.intern("some_identifier_here")))
