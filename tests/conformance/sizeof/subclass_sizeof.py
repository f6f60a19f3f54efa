# sys.getsizeof and __sizeof__ of instances of classes over built-in types: __sizeof__ counts
# type(self)'s basicsize; a class's own __sizeof__ gets the pre-header CPython adds (the GC
# head alone over int, tuple and bytes, which have no managed dict in 3.11).
import sys


class I(int):
    pass


class T(tuple):
    pass


class S(str):
    pass


class B(bytes):
    pass


class F(float):
    pass


class L(list):
    pass


class D(dict):
    pass


class O:
    pass


for o in (I(5), I(2**40), T((1, 2)), S("ab"), B(b"ab"), F(1.0), L([1]), D(a=1), O()):
    t = type(o)
    print(t.__name__, sys.getsizeof(o), o.__sizeof__(), t.__basicsize__, bool(t.__flags__ & (1 << 4)))


class Own(int):
    def __sizeof__(self):
        return int(self)


class OwnObj:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print(sys.getsizeof(Own(100)), sys.getsizeof(OwnObj(100)))
print(sys.getsizeof(Own(sys.maxsize)) - sys.maxsize)
for bad in (Own(sys.maxsize + 1), Own(-1), OwnObj(2.5), OwnObj(None)):
    try:
        sys.getsizeof(bad)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.getsizeof(OwnObj(None), "default"))
