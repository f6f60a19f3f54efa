# range() over ints of any size: range(sys.maxsize) as a lazy counter, ranges past 2**64,
# and what a range object holds (its start, stop and step are the int objects given).
import sys

r = range(sys.maxsize)
print(r, len(r), r[-1], sys.maxsize - 1 in r, r[10:20], sys.getsizeof(r))
for i in r:
    if i > 3:
        break
print(i)
r2 = range(0, 2**64, 2**32)
print(len(r2), r2[-1], r2.index(2**33), hash(r2) == hash(range(0, 2**64, 2**32)))
print(range(-10**20, 10**20, 10**19)[::-1])
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(list(range(2**70, 2**70 + 3)), list(reversed(range(2**70, 2**70 + 3))))
print(range(2**70).count(5), 2**69 in range(2**70), range(2**70)[2**69])
print(bool(range(2**70)), range(2**70) == range(0, 2**70, 1), repr(range(1, 2**70, 3)))
it = iter(range(2**63 - 2, 2**63 + 1))
print(list(it), type(iter(range(2**64))).__name__, type(iter(range(10))).__name__)
print(sys.getsizeof(iter(range(2**64))), sys.getsizeof(iter(range(5))))
print(range(10**20).start, range(10**20).stop, range(10**20).step)
big = iter(range(2**65, 2**65 + 10))
print(big.__length_hint__(), next(big) - 2**65, big.__length_hint__())

x = 100000
r = range(x)
print(sys.getrefcount(x), r.stop is x, range(True).stop, type(range(True).stop))
del r
print(sys.getrefcount(x))


class Seven:
    def __index__(self):
        return 7


print(range(Seven()), range(1, Seven(), 2))
for bad in ["a", 1.5, None]:
    try:
        range(bad)
    except TypeError as e:
        print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
for key in ["a", slice("a", None), 10, 2**100]:
    try:
        range(10)[key]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(range(10)[-2**100:2**100], range(10)[::-1], range(0, 20, 3)[1::2], range(10)[Seven()], range(10)[-3])
print(range(10).index(3), range(0, 10, 2).count(4), range(10).count(4.0), 4.0 in range(10), range(10).index(True))
for v in [11, 2**80]:
    try:
        range(10).index(v)
    except ValueError as e:
        print(e)
print(hash(range(0)) == hash(range(5, 5)), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 5))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(0))))
print(sys.getsizeof(range(10)), sys.getsizeof(range(2**80)))
print(hash(range(10)), range(10).__hash__() == hash(range(10)), hash(range(2**70)), hash(range(5, 50, 5)) == hash(range(5, 46, 5)))
