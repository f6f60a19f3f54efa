# Doctest-style deep sizes (gc.get_referents walks), memoryview slices, arrays, interning, generators vs lists.
"""
Deep sizes and memory-efficient patterns, doctest style.

>>> import sys
>>> sys.getsizeof([]) , sys.getsizeof([1, 2, 3])
(56, 88)
>>> deep_size([1, 2, 3]) == sys.getsizeof([1, 2, 3]) + 3 * sys.getsizeof(1)
True
>>> deep_size({"a": [1, 2], "b": (3, 4)})
424
>>> deep_size(Point(1, 2)), deep_size(SlotPoint(1, 2))
(112, 104)
>>> m = memoryview(bytearray(1000))
>>> sys.getsizeof(m[10:20]) == sys.getsizeof(m)
True
>>> m[10:20].nbytes, m[10:20].obj is m.obj
(10, True)
>>> a = array.array('d', range(1000)); sys.getsizeof(a) < sys.getsizeof(list(range(1000))) + 1000 * 24
True
>>> sys.getsizeof(a), a.itemsize, a.buffer_info()[1]
(8320, 8, 1000)
"""
import sys, gc, array, doctest, collections

def deep_size(obj):
    """Sum getsizeof over everything reachable through gc.get_referents, skipping types, modules, code and functions."""
    seen = set()
    todo = [obj]
    total = 0
    while todo:
        o = todo.pop()
        if id(o) in seen or isinstance(o, (type, type(sys), type(deep_size.__code__), type(deep_size))):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        todo.extend(gc.get_referents(o))
    return total

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def table():
    rows = [
        ("list of 1000 ints", list(range(1000))),
        ("tuple of 1000 ints", tuple(range(1000))),
        ("bytes 1000", bytes(1000)),
        ("1000 Points", [Point(i, i) for i in range(1000)]),
        ("1000 SlotPoints", [SlotPoint(i, i) for i in range(1000)]),
        ("1000 tuples", [(i, i) for i in range(1000)]),
        ("1000 namedtuples", [collections.namedtuple("NT", "x y")(i, i) for i in range(3)]),
        ("dict of 100 str", {str(i): str(i) for i in range(100)}),
        ("set of 100", set(range(100))),
        ("deque of 100", collections.deque(range(100))),
        ("nested lists", [[i] * 3 for i in range(50)]),
        ("str 1000", "x" * 1000),
        ("generator", (i for i in range(1000))),
        ("range", range(1000)),
    ]
    print(f"{'what':<24}{'getsizeof':>10}{'deep':>10}")
    for label, v in rows:
        print(f"{label:<24}{sys.getsizeof(v):>10}{deep_size(v):>10}")

def interning():
    a = "hello_world"
    b = "hello_" + "world"
    c = "".join(["hello_", "world"])
    print("literal is folded:", a is b, "joined is new:", a is c, "interned:", sys.intern(c) is a)
    names = [sys.intern("".join(["k", str(i % 10)])) for i in range(100)]
    print("distinct interned:", len({id(n) for n in names}))
    s = "".join(["unique", "-key"])
    base = sys.getrefcount(s)
    t = sys.intern(s)
    print("intern adds refs:", sys.getrefcount(s) - base)
    d = {}
    d[s] = 1
    print("dict key ref:", sys.getrefcount(s) - base)

def generators_vs_lists():
    import tracemalloc
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    total = sum([i * i for i in range(20000)])
    peak_list = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    total2 = sum(i * i for i in range(20000))
    peak_gen = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print("same total:", total == total2, "list peak > 100k:", peak_list > 100000, "generator peak < 2k:", peak_gen < 2000)

if __name__ == "__main__":
    r = doctest.testmod()
    print("doctest:", r)
    table()
    interning()
    generators_vs_lists()
