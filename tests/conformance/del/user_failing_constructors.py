# Collections and byte containers built from generators that fail part-way, mappings whose
# keys() raises, ints given through __index__ to bytes/bytearray: nothing leaks.
import gc, collections, array
gc.disable()
class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return f"T({self.name})"
    def __index__(self): raise ValueError("index")
def scenario(label, fn):
    print(label)
    try:
        fn()
    except Exception as e:
        print("  caught", type(e).__name__, e)
    print("  after")
def gen(*items, fail_at=None):
    for i, x in enumerate(items):
        if i == fail_at:
            raise RuntimeError("gen fails")
        yield x
scenario("deque gen", lambda: collections.deque(gen(T("dq1"), T("dq2"), fail_at=1)))
scenario("Counter gen", lambda: collections.Counter(gen(T("c1"), T("c2"), fail_at=1)))
scenario("defaultdict update", lambda: collections.defaultdict(list, gen((T("dd1"), 1), fail_at=1)))
scenario("bytes gen", lambda: bytes(gen(1, T("by"))))
scenario("bytearray gen", lambda: bytearray(gen(1, T("ba"))))
scenario("array gen", lambda: array.array("i", gen(1, T("ar"))))
scenario("set comp", lambda: {x for x in gen(T("sc1"), T("sc2"), fail_at=1)})
scenario("dict(mapping) keys raises", lambda: dict(type("M", (), {"keys": lambda s: 1 / 0, "__getitem__": lambda s, k: 1, "held": T("mk")})()))
scenario("list slice assign gen", lambda: [1, 2].__setitem__(slice(0, 1), gen(T("sa1"), T("sa2"), fail_at=1)))
scenario("list insert index", lambda: [].insert(T("ins"), 1))
scenario("range index", lambda: range(T("rg")))
scenario("str * T", lambda: "ab" * T("mul"))
scenario("namedtuple bad", lambda: collections.namedtuple("P", "x y")(T("nt")))
scenario("deque maxlen bad", lambda: collections.deque([T("dm")], maxlen=T("dm2")))
scenario("zip 3 gens", lambda: list(zip(gen(T("z1"), T("z2")), gen(T("z3"), T("z4")), gen(1, fail_at=1))))
print("collect:", gc.collect())
print("end")

import gc, sys
class T3:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
class Idx:
    def __index__(self): return 66
print(bytes([65, Idx()]), bytearray([Idx()]))
def f():
    M = type("M", (), {"keys": lambda s: 1 / 0, "__getitem__": lambda s, k: 1, "held": T3("mk")})
    try:
        dict(M())
    except ZeroDivisionError:
        pass
    return M
M = f()
print(sys.getrefcount(M))
del M
print("collect:", gc.collect())
M2 = type("M2", (), {"keys": lambda s: ["a"], "__getitem__": lambda s, k: 1, "held": T3("mk2")})
print(dict(M2()))
print(sys.getrefcount(M2))
del M2
print("collect:", gc.collect())

class Idx:
    def __index__(self): return 66
def g():
    yield 65
    yield Idx()
for f in (lambda: bytes(g()), lambda: bytes((65, Idx())), lambda: bytearray(g()), lambda: bytearray([Idx()]), lambda: bytes([Idx()]), lambda: bytearray(b"ab").__setitem__(0, Idx()), lambda: bytearray(b"ab").append(Idx()), lambda: b"abc".count(Idx()), lambda: bytearray(b"x").extend([Idx()])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
