# list.sort() and sorted() of short lists of one-digit ints or floats (no key): the same
# order as timsort's comparisons give, NaNs included, stability with reverse=True, and the
# lists that must take the general path (bigger ints, int subclasses, bool, mixed types).
import math
import random
import sys

r = random.Random(7)
nan = float("nan")


def show(xs):
    return [("nan" if isinstance(x, float) and math.isnan(x) else x) for x in xs]


for n in (0, 1, 2, 3, 5, 7, 16, 31, 62, 63, 64, 65, 100):
    ints = [r.randrange(-5, 6) for _ in range(n)]
    a = ints[:]
    a.sort()
    b = sorted(ints, reverse=True)
    print(n, a == sorted(ints, key=lambda v: v), b[:8], a[:8])
    floats = [r.choice([nan, 0.0, -0.0, 1.5, -2.25, math.inf, -math.inf, float(r.randrange(9))]) for _ in range(n)]
    f = floats[:]
    f.sort()
    print(show(f))
    f = sorted(floats, reverse=True)
    print(show(f))

# Stability: equal values keep their order (identity shows it for 0.0 and -0.0, 1 and True).
z = [0.0, -0.0, 0.0, -0.0]
print([math.copysign(1, v) for v in sorted(z)], [math.copysign(1, v) for v in sorted(z, reverse=True)])
big = 2**40
ks = [3, big, 1, -big, 2]
print(sorted(ks), sorted([True, 1, False, 0, 2]), [type(v).__name__ for v in sorted([1, True, 0, False])])


class I(int):
    def __lt__(self, other):
        print("I.__lt__", int(self), int(other))
        return int(self) < int(other)


print(sorted([I(3), I(1), I(2)]))
print(sorted([3, I(1), 2]))
print(sorted([1.5, 2, 0.5, 1]), sorted([2**30, 5, 2**29]))
xs = [4, 3, 2, 1]
ids = [id(x) for x in xs]
xs.sort()
print(xs, sorted(ids) == sorted(id(x) for x in xs))
d = [9.5, 1.5]
rc = sys.getrefcount(d[0])
d.sort()
print(d, sys.getrefcount(d[1]) == rc)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError", e)
desc = list(range(40, 0, -1))
desc.sort()
print(desc[:5], desc[-5:])
ties = [(v % 3) * 1.0 for v in range(20)]
print(sorted(ties) == sorted(ties, key=float), sorted(ties, reverse=True)[:7])

# Many short lists with NaNs: the exact permutation timsort's comparisons leave.
import hashlib

acc = []
for t in range(2000):
    n = r.randrange(2, 64)
    xs = [r.choice([nan, 1.0, 2.0, 3.0, -1.0]) for _ in range(n)]
    ys = sorted(xs, reverse=bool(t & 1))
    acc.append("".join("n" if math.isnan(v) else str(int(v)) for v in ys))
print(hashlib.sha1("|".join(acc).encode()).hexdigest())

# With a key function whose results are numbers: items ride along, NaNs and reverse too.
acc = []
for t in range(2000):
    n = r.randrange(0, 70)
    xs = [r.choice([nan, 1.0, 2.0, 3.0, -1.0, 0.5]) for _ in range(n)]
    objs = [(x, i) for i, x in enumerate(xs)]
    ys = sorted(objs, key=lambda p: p[0], reverse=bool(t & 1))
    zs = sorted(range(n), key=lambda i: r.randrange(-3, 4) if t & 2 else -i)
    acc.append(",".join(str(p[1]) for p in ys) + "/" + ",".join(map(str, zs)))
print(hashlib.sha1("|".join(acc).encode()).hexdigest())
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: -len(w)))
