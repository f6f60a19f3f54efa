# How list(), list.extend and operator.length_hint ask an iterable for its size first
# (PyObject_LengthHint): __len__, then __length_hint__, TypeError falling back to the
# default, other errors propagating, and subclasses of the built-in iterators.
import operator
import sys


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__ asked")
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i


class R(reversed):
    pass


class E(enumerate):
    pass


print(list(R(Seq(3))))
print(operator.length_hint(R(Seq(2))), operator.length_hint(E("abc")), operator.length_hint(iter([1, 2])))


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        return iter([1, 2, 3])

    def __length_hint__(self):
        print("  __length_hint__ asked")
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


for hint in [3, 100, NotImplemented, TypeError("no"), ValueError("bad hint"), -1, "x"]:
    try:
        out = list(Hinted(hint))
        print(repr(hint), "->", out, sys.getsizeof(out))
    except Exception as e:
        print(repr(hint), "->", type(e).__name__, e)


class BadLen:
    def __iter__(self):
        return iter("ab")

    def __len__(self):
        raise TypeError("len refused")

    def __length_hint__(self):
        print("  __length_hint__ asked after __len__ failed")
        return 2


print(list(BadLen()) if False else operator.length_hint(BadLen()))
l = [0]
l.extend(Hinted(50))
print(l, sys.getsizeof(l))
