# A deep-size recipe over instances, slots, nested data; __sizeof__ overrides and errors.
import sys
from collections import deque
def total_size(o, seen=None):
    if seen is None:
        seen = set()
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(total_size(k, seen) + total_size(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple, set, frozenset, deque)):
        size += sum(total_size(i, seen) for i in o)
    elif hasattr(o, "__dict__"):
        size += total_size(vars(o), seen)
    return size
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class SPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [Point(i, i * 2) for i in range(100)]
spts = [SPoint(i, i * 2) for i in range(100)]
print(total_size(pts))
print(total_size(spts))
print(sys.getsizeof(pts[0]), sys.getsizeof(spts[0]), sys.getsizeof(pts[0].__dict__))
data = {"users": [{"name": f"user{i}", "tags": ["a", "b"], "score": i * 1.5} for i in range(10)]}
print(total_size(data))
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))))
print(sys.getsizeof("x" * 1000), sys.getsizeof(b"x" * 1000), sys.getsizeof(bytearray(1000)))
g = (x for x in range(10))
print(sys.getsizeof(g) > 0)
print(sys.getsizeof(1, 99), sys.getsizeof(2**1000, 0))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()))
class BadSize:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print("ValueError:", e)
class StrSize:
    def __sizeof__(self):
        return "big"
try:
    sys.getsizeof(StrSize())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(StrSize(), 5) if False else "")
print([].__sizeof__(), {}.__sizeof__(), ().__sizeof__(), "".__sizeof__(), (1).__sizeof__())
