import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(lambda a, b: a + b, ['x']))

p = partial(max, 1, key=len)
print(repr(partial(max, 1, key=len)), repr(partial(pow, 2)), p.func, p.args, p.keywords)
base2 = partial(int, base=2)
print(base2('1011'), base2('11', base=3), partial(pow, 2)(10), partial(partial(pow, 2), 5)(), repr(partial(partial(divmod, 7), 2)))
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
g = partial(f, 1, d=4)
print(g(2), g(2, 3), g(2, d=5), g(b=9))
class MyPartial(partial):
    pass
print(repr(MyPartial(max, 2)), MyPartial(max, 2)(5))

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper
@deco
def double_me(x):
    """Docstring of double_me."""
    return x + 1
double_me.extra = 'kept'
print(double_me(3), double_me.__name__, double_me.__doc__, double_me.__wrapped__(3), double_me.__qualname__)
def plain():
    pass
plain.attr = 5
def w():
    pass
functools.update_wrapper(w, plain)
print(w.__name__, w.attr, w.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
info = sq.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__(5))
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(1), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache()
def kw(a, b=2):
    return a + b
print(kw(1), kw(1, 2), kw(a=1), kw(1, b=2), kw(1), kw.cache_info())

class Thing:
    def __init__(self, v):
        self.v = v
    @lru_cache(maxsize=None)
    def compute(self, k):
        return self.v * k
t = Thing(3)
print(t.compute(2), t.compute(2), Thing.compute.cache_info())

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= Version(1), sorted([b, a])[0].n, max(a, b).n)

@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(2) <= Rev(2))

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)

@functools.singledispatch
def describe(x):
    return 'object'
@describe.register(int)
def _(x):
    return 'int %d' % x
@describe.register(list)
def _(x):
    return 'list of %d' % len(x)
print(describe(1), describe([1, 2]), describe('s'), describe(True))

errors = [
    lambda: partial(),
    lambda: partial(1),
    lambda: reduce(max),
    lambda: reduce(max, []),
    lambda: reduce(max, [], 1, 2),
    lambda: lru_cache('x'),
    lambda: K(1) < 3,
    lambda: total_ordering(type('Empty', (), {})),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
