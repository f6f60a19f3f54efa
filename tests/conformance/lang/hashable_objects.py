# Which objects can be dict keys and set members: identity-hashed ones (exceptions, frames,
# tracebacks, descriptors, dict_values, iterators) versus the unhashable value-compared ones.
import collections
import sys


class Point:
    def __init__(self, x):
        self.x = x


def make_traceback():
    try:
        {}["missing"]
    except KeyError as e:
        return e, e.__traceback__


err, tb = make_traceback()
d = {1: "one"}
samples = [
    ("ValueError()", ValueError("bad")),
    ("caught KeyError", err),
    ("traceback", tb),
    ("frame", sys._getframe()),
    ("dict.values()", d.values()),
    ("dict.keys()", d.keys()),
    ("dict.items()", d.items()),
    ("slice", slice(1, 2)),
    ("property", property(lambda self: 1)),
    ("staticmethod", staticmethod(len)),
    ("classmethod", classmethod(len)),
    ("int.real", int.real),
    ("deque iterator", iter(collections.deque([1]))),
    ("enumerate", enumerate([])),
    ("instance", Point(1)),
    ("list", [1]),
    ("bytearray", bytearray(b"x")),
]
for label, obj in samples:
    try:
        hash(obj)
        print(f"{label:16} hashable")
    except TypeError as e:
        print(f"{label:16} TypeError: {e}")

# Exceptions seen once each, counted in a set and used as dict keys.
errors = [ValueError("a"), ValueError("a"), KeyError("k")]
seen = set(errors)
seen.add(errors[0])
print(len(seen))
counts = {}
for e in errors + [errors[2]]:
    counts[e] = counts.get(e, 0) + 1
print(sorted((type(e).__name__, str(e), n) for e, n in counts.items()))
print(d.values() == d.values(), d.values() != d.values())
v = d.values()
print({v: 1}[v], v in {v})
