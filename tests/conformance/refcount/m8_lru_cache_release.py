import functools, weakref, gc, sys
gc.collect()
class Big:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Big(%d)" % self.n
refs = []
@functools.lru_cache(maxsize=3)
def load(n):
    b = Big(n)
    refs.append(weakref.ref(b))
    return b
for n in [1, 2, 3, 1, 4, 5]:
    load(n)
print(load.cache_info())
print([r() for r in refs])
load.cache_clear()
print(load.cache_info())
print([r() for r in refs])
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.cache
def square(x):
    return Big(x * x)
a = square(3)
print(sys.getrefcount(a))
square.cache_clear()
print(sys.getrefcount(a))
class Service:
    @functools.lru_cache(maxsize=None)
    def compute(self, x):
        return x * 2
s = Service()
wr = weakref.ref(s)
s.compute(1)
del s
gc.collect()
print("instance kept alive by cache:", wr() is not None)
Service.compute.cache_clear()
print("after clear:", wr() is None)
print(load.__wrapped__.__name__, type(load).__name__)
print(functools.lru_cache(maxsize=2)(len).cache_parameters())
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError:", e)
