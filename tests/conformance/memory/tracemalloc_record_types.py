# Which record type is smallest? tracemalloc's bytes per record for a class with a __dict__,
# one with __slots__, a namedtuple, dataclasses with and without slots, a plain tuple, and
# subclasses of tuple, int and bytes (PyType_GenericAlloc gives those one item more).
import gc
import sys
import tracemalloc
from collections import namedtuple
from dataclasses import dataclass


class PointDict:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class PointSlots:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


PointNT = namedtuple("PointNT", "x y z")


@dataclass
class PointDC:
    x: int
    y: int
    z: int


@dataclass(slots=True)
class PointDCS:
    x: int
    y: int
    z: int


class Triple(tuple):
    __slots__ = ()


class Big(int):
    __slots__ = ()


class Blob(bytes):
    pass


def per_item(make, n=10000):
    gc.collect()
    tracemalloc.start()
    items = [make(i) for i in range(n)]
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del items
    return size // n


for name, make in [
    ("dict-based class", lambda i: PointDict(i, i + 1, i + 2)),
    ("__slots__ class", lambda i: PointSlots(i, i + 1, i + 2)),
    ("namedtuple", lambda i: PointNT(i, i + 1, i + 2)),
    ("dataclass", lambda i: PointDC(i, i + 1, i + 2)),
    ("dataclass(slots=True)", lambda i: PointDCS(i, i + 1, i + 2)),
    ("tuple", lambda i: (i, i + 1, i + 2)),
    ("tuple subclass", lambda i: Triple((i, i + 1, i + 2))),
    ("int subclass", lambda i: Big(i * 1000)),
    ("big int subclass", lambda i: Big(i * 10**12)),
    ("zero int subclass", lambda i: Big(0)),
    ("bytes subclass", lambda i: Blob(b"abcdefg")),
]:
    print(f"{name:24} {per_item(make)}")
for cls in (PointDict, PointSlots, PointNT, PointDC, PointDCS):
    p = cls(1, 2, 3)
    d = getattr(p, "__dict__", None)
    print(cls.__name__, sys.getsizeof(p), sys.getsizeof(d) if d is not None else "-")
print(sys.getsizeof(Triple((1, 2, 3))), sys.getsizeof(Big(5)), sys.getsizeof(Big(0)), sys.getsizeof(Blob(b"abc")))
