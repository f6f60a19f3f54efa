import gc
import sys
import functools
import collections
import types
gc.collect()

def names(objs):
    out = []
    for o in objs:
        if isinstance(o, (int, str, float)) and not isinstance(o, bool):
            out.append(repr(o))
        else:
            out.append(type(o).__name__)
    return out

class K:
    cls_attr = 1
    def m(self):
        return self
k = K()
k.a = 1
k.b = "two"
def outer(x):
    y = [x]
    def inner():
        return y
    return inner
inner = outer(5)
def g(a, b=[1]):
    yield a
gen = g(10)
next(gen)
cases = [
    ("list", [1, "a", 2.5]),
    ("tuple", (1, [2])),
    ("dict", {"k": [1], 2: "v"}),
    ("set", {1}),
    ("instance", k),
    ("instance __dict__", k.__dict__),
    ("bound method", k.m),
    ("closure function", inner),
    ("cell", inner.__closure__[0]),
    ("deque", collections.deque([1, 2])),
    ("property", property(len)),
    ("staticmethod", staticmethod(len)),
    ("classmethod", classmethod(len)),
    ("slice", slice(1, [2], 3)),
    ("list iterator", iter([1, 2])),
    ("enumerate", enumerate([1])),
    ("zip", zip([1], [2])),
    ("map", map(len, ["a"])),
    ("reversed", reversed([1])),
    ("range", range(3)),
    ("frozenset", frozenset([1])),
    ("exception", ValueError("msg", 1)),
]
for label, obj in cases:
    r = gc.get_referents(obj)
    print(f"{label:<18} tracked={gc.is_tracked(obj)!s:<5} n={len(r)} {names(r)}")
print("generator referents count:", len(gc.get_referents(gen)) >= 1)
print("function referents:", sorted(set(names(gc.get_referents(g)))))
print("class referents include dict:", "mappingproxy" in names(gc.get_referents(K)) or "dict" in names(gc.get_referents(K)))
print("referents of several:", names(gc.get_referents([1], (2,), {"x": 3})))
print("referents of atoms:", gc.get_referents(1, "s", None, 2.5))

target = [1, 2, 3]
holder_list = [target]
holder_dict = {"t": target}
holder_tuple = (target,)
class Box:
    pass
box = Box()
box.t = target
refs = gc.get_referrers(target)
kinds = sorted(type(r).__name__ for r in refs)
print("referrers:", kinds)
print("module globals among them:", any(r is globals() for r in refs))
print("box.__dict__ among them:", any(r is box.__dict__ for r in refs))
