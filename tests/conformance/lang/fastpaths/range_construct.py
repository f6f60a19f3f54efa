# range() with exact ints, int subclasses, bools and values around 2**53: lengths exact,
# the arguments kept as given, refcounts of the arguments as CPython's.
import sys


class MyInt(int):
    pass


big = 2**53
cases = [
    (5,), (0,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (9, 2, 3), (-7, 7, 2),
    (0, big, 3), (-big, big, 7), (big - 10, big + 10, 3), (-(2**60), 2**60, 2**55 + 1),
    (1, 10, -1), (10, 1, -4), (big, -big, -(2**52) - 1), (0, 2**53 - 1, 2**52 + 3),
    (True,), (False, True), (MyInt(3), MyInt(12), MyInt(4)),
]
for args in cases:
    r = range(*args)
    print(args, len(r), r.start, r.stop, r.step, type(r.start).__name__, r[:3] if len(r) < 100 else r[-1])
    print(list(r)[:4] if len(r) < 10**6 else "long", bool(r))

for bad in [(1, 2, 0), (1.5,), ("3",), (1, 2, 3, 4), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

x = 12345678
before = sys.getrefcount(x)
r = range(x)
print(sys.getrefcount(x) - before, r.stop is x)
del r
print(sys.getrefcount(x) - before)
r = range(3, x, 7)
print(r.start, r.stop is x, len(r), sys.getrefcount(x) - before)
del r
print(sys.getrefcount(x) - before)

# iterators of ranges and slices, dropped partway
for r in (range(10), range(2**40, 2**40 + 5), range(2**64, 2**64 + 3)):
    it = iter(r)
    print(next(it), next(it), type(it).__name__)
    del it
s = [1, 2, 3, 4, 5]
for i in range(4):
    print(s[i:], s[:i], s[::i + 1], s[i:-1:2])
e = enumerate(zip("abc", range(3)))
print(next(e), list(e))
