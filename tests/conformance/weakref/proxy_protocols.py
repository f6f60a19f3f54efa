# A weak proxy forwards the number, iterator and conversion protocols to its referent:
# operator.index, next() on a proxy to an iterator, reversed(), bytes(), dir(), and the
# referent's own AttributeError.
import operator
import weakref


class Thing:
    def __index__(self):
        return 10

    def __bytes__(self):
        return b"bytes"

    def __len__(self):
        return 3

    def __reversed__(self):
        return iter("cba")


t = Thing()
p = weakref.proxy(t)
print(operator.index(p), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][p], bytes(p))
print("".join(reversed(p)), len(p))
print("__bytes__" in dir(p), dir(p) == dir(t))


def numbers():
    yield from [4, 5, 6]


it = numbers()


class IteratesWeakly:
    def __iter__(self):
        return weakref.proxy(it)


print(list(IteratesWeakly()))


def not_an_iterator():
    return 0


class BadIter:
    def __iter__(self):
        return weakref.proxy(not_an_iterator)


try:
    list(BadIter())
except TypeError as e:
    print("TypeError:", e)

gen = (x * x for x in range(3))
pg = weakref.proxy(gen)
print(next(pg), pg.__next__(), next(pg))
try:
    next(pg)
except StopIteration:
    print("StopIteration")


class Plain:
    pass


q = weakref.proxy(Plain())
try:
    q.missing
except ReferenceError as e:
    print("ReferenceError:", e)
keep = Plain()
q = weakref.proxy(keep)
for call in (lambda: q.missing, lambda: bytes(q), lambda: operator.index(q)):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
