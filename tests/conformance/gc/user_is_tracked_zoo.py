# gc.is_tracked over a zoo of values, before any collection.
import gc
class C: pass
class S:
    __slots__ = ("a",)
class E:
    __slots__ = ()
def gen():
    yield 1
vals = [
    ("int", 0), ("bigint", 10**40), ("float", 1.5), ("complex", 1j), ("str", "abc"),
    ("bytes", b"ab"), ("bytearray", bytearray(b"x")), ("None", None), ("True", True),
    ("empty tuple", ()), ("tuple of ints", (1, 2)), ("tuple with list", ([],)),
    ("list", []), ("dict empty", {}), ("dict ints", {1: 2}), ("dict with list", {1: []}),
    ("dict str->str", {"a": "b"}), ("dict tuple val", {"a": (1,)}),
    ("set", set()), ("frozenset", frozenset()), ("range", range(3)),
    ("instance", C()), ("slots inst", S()), ("empty slots inst", E()),
    ("class", C), ("function", len), ("lambda", lambda: 0), ("generator", gen()),
    ("type", int), ("module", gc), ("slice", slice(1, 2)), ("Ellipsis", ...),
    ("property", property()), ("staticmethod", staticmethod(len)),
    ("bound method", C().__init__), ("exception", ValueError("x")),
    ("iter list", iter([])), ("map", map(str, [])), ("zip", zip()),
    ("enumerate", enumerate([])),
    ("cell-holding closure", (lambda: vals)),
]
for name, v in vals:
    print(f"{name:22} {gc.is_tracked(v)}")
t = (1, 2)
print(gc.is_tracked(t))
t = tuple([1, 2])
print("tuple() built", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
d = {}
d["x"] = 1
print("dict after int set", gc.is_tracked(d))
d["y"] = []
print("dict after list set", gc.is_tracked(d))
del d["y"]
print("dict after delete", gc.is_tracked(d))
gc.collect()
print("dict after collect", gc.is_tracked(d))
