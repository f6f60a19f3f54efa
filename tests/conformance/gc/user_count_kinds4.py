import gc
import sys

gc.disable()
gc.collect()

def delta(label, make):
    gc.collect()
    before = gc.get_count()[0]
    obj = make()
    after = gc.get_count()[0]
    print(f"{label:28} +{after - before:<3} tracked={gc.is_tracked(obj)}")
    return obj

class Plain:
    pass

class Slotted:
    __slots__ = ('a', 'b')

def closure_maker():
    x = 1
    def inner():
        return x
    return inner

def gen_fn():
    yield 1

keep = []
keep.append(delta("empty list", lambda: []))
keep.append(delta("list of ints", lambda: [1, 2, 3]))
keep.append(delta("empty dict", lambda: {}))
keep.append(delta("dict of ints", lambda: {1: 2}))
keep.append(delta("dict with list", lambda: {1: []}))
keep.append(delta("tuple of ints", lambda: tuple([1, 2, 3])))
keep.append(delta("tuple with list", lambda: tuple([[], 1])))
keep.append(delta("instance", lambda: Plain()))
keep.append(delta("slotted instance", lambda: Slotted()))
keep.append(delta("closure", closure_maker))
keep.append(delta("generator", gen_fn))
keep.append(delta("set", lambda: {1, 2}))
keep.append(delta("frozenset", lambda: frozenset([1, 2])))
keep.append(delta("bytes", lambda: bytes(10)))
keep.append(delta("bytearray", lambda: bytearray(10)))
keep.append(delta("str", lambda: "abc" * 10))
keep.append(delta("int", lambda: 10 ** 30))
keep.append(delta("float", lambda: 1.5 * 3))
keep.append(delta("complex", lambda: complex(1, 2)))
keep.append(delta("range", lambda: range(10)))
keep.append(delta("slice", lambda: slice(1, 2)))
keep.append(delta("lambda", lambda: (lambda: 0)))
keep.append(delta("bound method", lambda: Plain().__init__))
keep.append(delta("list iterator", lambda: iter([1])))
keep.append(delta("enumerate", lambda: enumerate([1])))
keep.append(delta("zip", lambda: zip([1], [2])))
keep.append(delta("map", lambda: map(str, [1])))
keep.append(delta("property", lambda: property(lambda s: 1)))
keep.append(delta("type", lambda: type("T", (), {})))
keep.append(delta("memoryview", lambda: memoryview(b"abc")))
keep.append(delta("exception", lambda: ValueError("x")))

print()
print("is_tracked survey")
vals = [
    None, True, 0, 1.0, "s", b"b", (), (1, 2), (1, (2, 3)), ([],), {}, {"a": 1},
    {"a": []}, {"a": (1,)}, [], set(), frozenset(), Plain, Plain(), len, gc,
    sys.getsizeof, (lambda: 0), range(3), slice(1), Ellipsis, NotImplemented,
    object(), type, int,
]
for v in vals:
    print(f"{type(v).__name__:24} {gc.is_tracked(v)}")

print()
print("tuples of atoms lose tracking after a collection")
t1 = tuple([1, "a", 2.0])
t2 = tuple([1, [2]])
t3 = tuple([1, (2, 3)])
inner = tuple([4, 5])
t4 = (inner, "x")
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4))
gc.collect()
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4))

d = {}
print("empty dict", gc.is_tracked(d))
d["k"] = 1
print("atom value", gc.is_tracked(d))
d["l"] = []
print("list value", gc.is_tracked(d))
del d["l"]
print("after delete", gc.is_tracked(d))
gc.collect()
print("after collect", gc.is_tracked(d))
d2 = dict(a=1, b="x")
print("dict(kw)", gc.is_tracked(d2))
d3 = dict.fromkeys("abc")
print("fromkeys", gc.is_tracked(d3))
d4 = {**d2}
print("unpacked", gc.is_tracked(d4))
d5 = d2.copy()
print("copy", gc.is_tracked(d5))
d6 = {i: (i,) for i in range(3)}
print("tuple values", gc.is_tracked(d6))
gc.collect()
print("tuple values after collect", gc.is_tracked(d6), [gc.is_tracked(v) for v in d6.values()])

print()
print("counts after allocations")
gc.collect()
print(gc.get_count())
a = [[] for _ in range(10)]
print(gc.get_count())
b = [{} for _ in range(10)]
print(gc.get_count())
c = [Plain() for _ in range(10)]
print(gc.get_count())
del a, b, c
print(gc.get_count())
e = [(i, i) for i in range(10)]
print(gc.get_count())
del e
print(gc.get_count())
f = [str(i) for i in range(10)]
print(gc.get_count())
g = [float(i) for i in range(10)]
print(gc.get_count())
gc.enable()
