# How deep a structure copy.deepcopy, repr, str and json.dumps follow before RecursionError:
# the frames each step adds are CPython's (copy.py's deepcopy/_reconstruct/_deepcopy_*).
import collections
import copy
import dataclasses
import json


def max_depth(make, op):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            op(make(mid))
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


def nested(wrap):
    def make(depth):
        x = None
        for _ in range(depth):
            x = wrap(x)
        return x
    return make


class Plain:
    def __init__(self, c):
        self.c = c


class Slots:
    __slots__ = ("c",)

    def __init__(self, c):
        self.c = c


class Reduce:
    def __init__(self, c):
        self.c = c

    def __reduce__(self):
        return (Reduce, (self.c,))


class State:
    def __init__(self, c):
        self.c = c

    def __getstate__(self):
        return {"c": self.c}

    def __setstate__(self, state):
        self.c = state["c"]


@dataclasses.dataclass
class Data:
    c: object


Pair = collections.namedtuple("Pair", "c")


class Items(list):
    pass


shapes = {
    "list": nested(lambda x: [x]),
    "dict": nested(lambda x: {"k": x}),
    "tuple": nested(lambda x: (x,)),
    "instance": nested(Plain),
    "slots": nested(Slots),
    "reduce": nested(Reduce),
    "getstate": nested(State),
    "dataclass": nested(Data),
    "namedtuple": nested(Pair),
    "list subclass": nested(lambda x: Items([x])),
}
for name, make in shapes.items():
    print(f"deepcopy {name}: {max_depth(make, copy.deepcopy)}")
for name in ("list", "dict", "tuple"):
    print(f"repr {name}: {max_depth(shapes[name], repr)}, json {name}: {max_depth(shapes[name], json.dumps)}")
