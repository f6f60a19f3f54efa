# functools.lru_cache and cache: hits and misses, eviction order, typed keys, maxsize None,
# 0 and negative, keyword arguments, cache_info/cache_clear/cache_parameters, errors,
# methods, and reduce / cmp_to_key details.
import functools
from functools import lru_cache, cache, reduce, cmp_to_key

calls = []


@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(x)
print(calls, sq.cache_info())
info = sq.cache_info()
h, m, ms, cs = info
print(h, m, ms, cs, info == (h, m, ms, cs), info._asdict() if hasattr(info, '_asdict') else None)
print(info.hits, info.misses, info.maxsize, info.currsize, len(info), list(info), info[-1])
print(sq.cache_parameters(), sq.__wrapped__(7), sq.cache_clear(), sq.cache_info())

# maxsize normalisation
for size in (-5, 0, 1, None, 2.0):
    try:
        dec = lru_cache(maxsize=size)
        g = dec(lambda x: x)
        g(1), g(1)
        print(size, g.cache_info(), g.cache_parameters())
    except TypeError as e:
        print(size, 'TypeError', e)
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError', e)


@lru_cache
def bare(x):
    return x


print(bare(1), bare(1), bare.cache_info(), bare.cache_parameters())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(10), fact.cache_info(), fact.cache_parameters(), fact.__name__)


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@lru_cache
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@lru_cache(maxsize=None)
def kw(a, b=0, **rest):
    return (a, b, sorted(rest.items()))


print(kw(1), kw(1, 0), kw(a=1), kw(1, b=0), kw(b=0, a=1), kw(1, c=2), kw.cache_info())

# unhashable arguments
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)

# an exception is not cached
n = [0]


@lru_cache
def flaky(x):
    n[0] += 1
    if n[0] == 1:
        raise ValueError('first time')
    return x


try:
    flaky(1)
except ValueError as e:
    print('ValueError', e)
print(flaky(1), flaky(1), flaky.cache_info())


# recursion with a bounded cache
@lru_cache(maxsize=2)
def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)


print(fib(30), fib.cache_info())


class Obj:
    def __init__(self, v):
        self.v = v

    @lru_cache
    def get(self, k):
        return self.v + k

    @cache
    def once(self):
        return [self.v]


o = Obj(10)
print(o.get(1), o.get(1), Obj(20).get(1), Obj.get.cache_info())
print(o.once() is o.once(), Obj.get.__name__, Obj.get.__wrapped__(o, 5))
print(callable(sq), sq.__name__, sq.__doc__)

# reduce
print(reduce(lambda a, b: a - b, [10, 1, 2]), reduce(lambda a, b: a - b, [10], 0),
      reduce(lambda a, b: a + b, 'abc'), reduce(lambda a, b: a + b, iter([1, 2, 3]), 100))
for args in [(), (max,), (max, []), (max, 1), (max, [], 1, 2)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    reduce(max, [1], initial=0)
except TypeError as e:
    print('TypeError', e)

# cmp_to_key
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 <= k2, k1 >= k2, k1 == k2, k1 != k2, k1.obj, k2.obj)
print(sorted(['b', 'C', 'a'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
try:
    hash(k1)
except TypeError as e:
    print('TypeError', e)
try:
    k1 < 1
except TypeError as e:
    print('TypeError', e)
print(type(k1) is type(cmp_to_key(len)(0)), callable(key))
