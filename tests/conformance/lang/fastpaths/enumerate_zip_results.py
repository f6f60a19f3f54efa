# enumerate and zip hand out their result tuple again when the caller dropped it, and a
# fresh one when it is still held; the old items are released after the new ones are in.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def items(n):
    return [Noisy(f"x{i}") for i in range(n)]


# Held results: every step is a new tuple, the old one keeps its items.
held = list(enumerate("abc", 5))
print(held, len({id(t) for t in held}))
held = list(zip("ab", "cd", "ef"))
print(held, len({id(t) for t in held}))
kept = list(zip("ab", [1, 2]))
print(kept)

# Dropped results: the same tuple comes back (ids repeat), still tracked by the collector.
ids = set()
for t in enumerate("abcd"):
    ids.add(id(t))
    print(t, gc.is_tracked(t))
    del t
print("enumerate ids", len(ids))
ids = set()
for t in zip("ab", "cd"):
    ids.add(id(t))
    del t
print("zip ids", len(ids))

# Refcounts of the items while iterating, and of the result tuple.
a = object()
xs = [a, a]
before = sys.getrefcount(a)
for i, (p, q) in enumerate(zip(xs, xs)):
    print(i, sys.getrefcount(a) - before)
del p, q
print(sys.getrefcount(a) - before)
e = enumerate(xs)
r1 = next(e)
print(sys.getrefcount(r1), sys.getrefcount(a) - before)
r2 = next(e)
print(r1 is r2, r1 == r2)
del r1, r2, e

# __del__ order when a recycled tuple drops its old items.
ws = items(3)
it = enumerate(ws)
ws = None
for i, w in it:
    print("step", i, w.name)
    del w
print("after enumerate")
it = zip(items(2), items(2))
for p, q in it:
    print("pair", p.name, q.name)
    del p, q
print("after zip")


# Subclasses and dunder overrides of the sources; mutation during iteration.
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter(list.__iter__(self))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(enumerate(L([1, 2]))), list(zip(Seq(), L("xyz"))))
grow = [1, 2, 3]
for i, v in enumerate(grow):
    if i < 3:
        grow.append(v * 10)
print(grow)
short = [1, 2, 3, 4]
for i, (v, w) in enumerate(zip(short, short)):
    if i == 0:
        del short[2:]
    print(i, v, w)

# Errors: start that is not an index, zip(strict=True), exceptions from an iterator.
for bad in (lambda: enumerate([], "1"), lambda: enumerate(1), lambda: zip(1), lambda: list(zip([1], [1, 2], strict=True))):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)


def gen():
    yield 1
    raise KeyError("boom")


try:
    for t in zip(gen(), "abc"):
        print(t)
except KeyError as ex:
    print("KeyError", ex)
print(list(enumerate(zip())), list(zip()), list(enumerate([], 10**30)))
print(list(enumerate("ab", 2**62)), list(enumerate("ab", -3)))
gc.collect()
print("done")

# enumerate's counter past 2**53, past sys.maxsize, and from a start outside ssize_t.
print(list(enumerate("abc", 2**53 - 2)))
print(list(enumerate("abc", sys.maxsize - 1)))
print(list(enumerate("abc", -sys.maxsize - 2)))
big = 10**30
e = enumerate("ab", big)
first = next(e)
print(first[0] is big, first[0] == big)
del e, first


class Index:
    def __index__(self):
        return 2**70


print(list(enumerate("ab", Index())), list(enumerate("ab", True)))


class Big(int):
    pass


first = next(enumerate("a", Big(2**70)))
print(first, type(first[0]).__name__, type(next(enumerate("a", Big(5)))[0]).__name__)
