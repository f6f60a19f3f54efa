# bytes * n in CPython 3.11: an exact bytes repeated to its own length is itself; any other
# result is a new object, even when empty (not the b'' singleton) or of one byte.
import sys


def rep(b, n):
    return b * n


e = b''
print(rep(b'ab', 0) is e, rep(b'ab', -3) is e, rep(b'', 5) is e)
z = b'ab'
print(rep(z, 1) is z, rep(z, 2) is z)
one = rep(b'xy', 0)
print(sys.getsizeof(one), sys.getrefcount(one), len(one), one == e, hash(one) == hash(e))
x = bytes([120])
print(rep(x, 1) is x)


class B(bytes):
    pass


b = B(b'q')
r = rep(b, 1)
print(type(r).__name__, r is b, r)
print(float.__getformat__('double'), float.__getformat__('float'))
for arg in ('x', 1):
    try:
        float.__getformat__(arg)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
