import tracemalloc, sys
# How much memory does each new instance take? (CPython 3.11 keeps the attribute
# values of an instance in a values array sized from its class's shared keys.)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
tracemalloc.start()
for cls, args in ((Point, (1, 2)), (Point3, (1, 2, 3)), (Slotted, (1, 2))):
    keep = []
    sizes = []
    for i in range(35):
        b = tracemalloc.get_traced_memory()[0]
        keep.append(cls(*args))
        sizes.append(tracemalloc.get_traced_memory()[0] - b)
    print(cls.__name__, sizes)
    print(" getsizeof", sys.getsizeof(keep[0]), sys.getsizeof(keep[-1]))
    b = tracemalloc.get_traced_memory()[0]
    del keep
    print(" freed:", b - tracemalloc.get_traced_memory()[0] > 0)
tracemalloc.stop()
