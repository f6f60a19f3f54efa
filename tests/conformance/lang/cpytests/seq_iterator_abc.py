# The iterator over a __getitem__ sequence (type 'iterator') has __iter__ and __next__ in
# its dict, so it is an Iterator for collections.abc.
import collections.abc


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


it = iter(Squares())
print(type(it).__name__, isinstance(it, collections.abc.Iterator), isinstance(it, collections.abc.Iterable))
print(hasattr(it, "__next__"), "__next__" in type(it).__dict__, "__iter__" in type(it).__dict__)
print(it.__next__(), next(it), list(it))
print(iter(it) is it)
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
