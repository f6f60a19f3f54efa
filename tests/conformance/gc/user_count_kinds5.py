# gc.get_count() deltas per allocation kind (staticmethod/classmethod copy the callable's
# attributes, a missing one normalising an AttributeError) and an is_tracked table.
import gc

gc.disable()
keep = []

def measure(label, make):
    gc.collect()
    before = gc.get_count()[0]
    obj = make()
    after = gc.get_count()[0]
    keep.append(obj)
    print(f"{label:<22} delta={after - before:>2} tracked={gc.is_tracked(obj)}")

class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

def closure_maker():
    x = 1
    def inner():
        return x
    return inner

def genfunc():
    yield 1

measure("list", lambda: [1, 2])
measure("empty list", lambda: [])
measure("dict", lambda: {"a": 1})
measure("empty dict", lambda: {})
measure("tuple of ints", lambda: (1, 2, 3))
measure("tuple of lists", lambda: ([], []))
measure("instance", lambda: Plain())
measure("slotted instance", lambda: Slotted())
measure("closure", closure_maker)
measure("generator", genfunc)
measure("set", lambda: {1, 2})
measure("frozenset", lambda: frozenset([1, 2]))
measure("bytes", lambda: bytes(10))
measure("bytearray", lambda: bytearray(10))
measure("str", lambda: "x" * 50)
measure("int", lambda: 10 ** 30)
measure("float", lambda: 1.5 * 3)
measure("complex", lambda: complex(1, 2))
measure("range", lambda: range(10))
measure("slice", lambda: slice(1, 2))
measure("list of 100", lambda: list(range(100)))
measure("dict(zip)", lambda: dict(zip("abc", range(3))))
measure("lambda", lambda: (lambda: 0))
measure("bound method", lambda: keep.append)
measure("class", lambda: type("T", (), {}))
measure("memoryview", lambda: memoryview(b"abc"))
measure("property", lambda: property(lambda s: 1))
measure("staticmethod", lambda: staticmethod(len))
measure("enumerate", lambda: enumerate([1]))
measure("zip", lambda: zip([1], [2]))
measure("map", lambda: map(str, [1]))
measure("iter(list)", lambda: iter([1]))
measure("dict keys view", lambda: {}.keys())
measure("super", lambda: super(Plain, Plain()))

print()
print("is_tracked table")
samples = [
    ("None", None), ("int", 1), ("str", "s"), ("float", 1.0),
    ("()", ()), ("(1,2)", (1, 2)), ("([],)", ([],)),
    ("{}", {}), ("{1:2}", {1: 2}), ("{1:[]}", {1: []}), ("{'a':(1,)}", {"a": (1,)}),
    ("[]", []), ("set()", set()), ("frozenset()", frozenset()),
    ("Plain", Plain()), ("Plain class", Plain), ("len", len), ("gc module", gc),
    ("b''", b""), ("bytearray", bytearray()), ("type", type),
]
for name, v in samples:
    print(f"  {name:<12} {gc.is_tracked(v)}")

print()
t = tuple([1, 2, 3])
d = {"k": 1}
d2 = {"k": (1, 2)}
print("before collect:", gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(d2))
gc.collect()
print("after collect:", gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(d2))
d["k2"] = []
print("dict gains list:", gc.is_tracked(d))
nested = ((1, 2), (3, (4, 5)))
tt = tuple([nested, "x"])
print("nested tuple before:", gc.is_tracked(tt), gc.is_tracked(tt[0]))
gc.collect()
print("nested tuple after:", gc.is_tracked(tt), gc.is_tracked(tt[0]))
gc.enable()
