import tracemalloc, sys
class WithDict:
    def __init__(self, x, y):
        self.x = x; self.y = y
class WithSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
def measure(cls, n=1000):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    objs = [cls(i, i) for i in range(n)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return after - before, objs
d, o1 = measure(WithDict)
s, o2 = measure(WithSlots)
print("dict version:", d)
print("slots version:", s)
print("ratio > 1.5:", d / s > 1.5)
print(sys.getsizeof(o1[0]), sys.getsizeof(o1[0].__dict__), sys.getsizeof(o2[0]))
tracemalloc.start()
b0 = tracemalloc.get_traced_memory()[0]
g = (i * i for i in range(100000))
b1 = tracemalloc.get_traced_memory()[0]
l = [i * i for i in range(100000)]
b2 = tracemalloc.get_traced_memory()[0]
print("generator bytes:", b1 - b0)
print("list bytes:", b2 - b1)
del l
b3 = tracemalloc.get_traced_memory()[0]
print("after del:", b3 - b0)
b5 = tracemalloc.get_traced_memory()[0]
t = tuple(range(1000))
b6 = tracemalloc.get_traced_memory()[0]
print("tuple bytes:", b6 - b5)
st = "x" * 10000
b7 = tracemalloc.get_traced_memory()[0]
print("str bytes:", b7 - b6)
dd = {i: i for i in range(1000)}
b8 = tracemalloc.get_traced_memory()[0]
print("dict bytes:", b8 - b7)
ss = set(range(1000))
b9 = tracemalloc.get_traced_memory()[0]
print("set bytes:", b9 - b8)
tracemalloc.stop()
