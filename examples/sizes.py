# sys.getsizeof: how big CPython 3.11's objects are, and how a list over-allocates as it
# grows (the same sizes, byte for byte, under pymm).
import sys

print(f"{'object':<24}{'bytes':>6}")
for label, obj in [
    ("None", None),
    ("0", 0),
    ("2**30", 2**30),
    ("2**100", 2**100),
    ("1.5", 1.5),
    ("''", ""),
    ("'abc'", "abc"),
    ("'é' * 3 (latin-1)", "é" * 3),
    ("'€' (UCS-2)", "€"),
    ("b'abc'", b"abc"),
    ("()", ()),
    ("(1, 2, 3)", (1, 2, 3)),
    ("[]", []),
    ("{}", {}),
    ("{'a': 1}", {"a": 1}),
    ("set()", set()),
    ("frozenset({1})", frozenset({1})),
    ("range(10)", range(10)),
]:
    print(f"{label:<24}{sys.getsizeof(obj):>6}")

print()
print("list growth while appending (size changes only when capacity runs out):")
xs = []
last = sys.getsizeof(xs)
print(f"  len  0: {last} bytes")
for i in range(40):
    xs.append(i)
    size = sys.getsizeof(xs)
    if size != last:
        print(f"  len {len(xs):2}: {size} bytes")
        last = size

print("dict growth while inserting:")
d = {}
last = sys.getsizeof(d)
for i in range(50):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(f"  len {len(d):2}: {size} bytes")
        last = size


class Plain:
    def __init__(self):
        self.x, self.y = 1, 2


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x, self.y = 1, 2


print("instance:", sys.getsizeof(Plain()), "- with __slots__:", sys.getsizeof(Slotted()))
