import itertools, copy, weakref, sys, gc
c = itertools.count(5)
next(c)
d = copy.copy(c)
print(next(c), next(d))
class MyChain(itertools.chain):
    pass
m = MyChain([1], [2])
m.tag = "x"
print(list(m), m.tag)
try:
    itertools.count().x = 1
except AttributeError as e:
    print(e)
try:
    weakref.ref(itertools.chain())
except TypeError as e:
    print(e)
a, b = itertools.tee([1, 2, 3])
r = weakref.ref(a)
print(r() is a, list(a), list(b))
print(sys.getsizeof(itertools.product(range(3), repeat=4)), sys.getsizeof(itertools.permutations(range(5), 2)))
print(sys.getsizeof(itertools.combinations_with_replacement("abc", 3)))
print(itertools.count().__sizeof__(), itertools.repeat(1).__sizeof__())
print(gc.is_tracked(itertools.count()), gc.is_tracked(itertools.chain()))
g = itertools.groupby("aabbc")
print([(k, list(v)) for k, v in g])
print(hasattr(itertools.count(), "__dict__"))
