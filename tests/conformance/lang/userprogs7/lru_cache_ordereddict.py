from collections import OrderedDict
import functools

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return -1

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print(f"  evicted {old}")

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"

c = LRUCache(3)
for k in "abcabdeafa":
    v = c.get(k)
    if v == -1:
        c.put(k, ord(k))
    print(k, v, c)
print("hits", c.hits, "misses", c.misses)

@functools.lru_cache(maxsize=4)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100), ways.cache_info().currsize > 0)

@functools.cache
def sq(x):
    print("computing", x)
    return x * x

print(sq(3), sq(3), sq(4))
print(sq.cache_info())
print(fib.__wrapped__(10) if hasattr(fib, "__wrapped__") else None)
print(fib.cache_parameters())

od = OrderedDict.fromkeys("hello")
print(od)
od.move_to_end("h", last=False)
print(list(od))
print(od == OrderedDict.fromkeys("helo"), od == dict.fromkeys("helo"))
print(repr(OrderedDict()))
print(list(reversed(od)))
od2 = od | {"z": 1}
print(type(od2).__name__, od2)
