# repr() of built-in values, and the same text through type(x).__repr__(x) and x.__repr__().
import sys, collections, functools, itertools, operator, types, weakref


def gen():
    yield 1


class C:
    def m(self):
        pass


def outer():
    x = 1

    def g():
        return x

    return g


c = C()
vals = [bytearray(b"ab\x00'"), bytearray(), 3 + 4j, complex(0, -1), -1j, 0j, complex(-0.0, 0), complex(1e16, -0.0),
        complex(float("nan"), float("inf")), range(1, 10, 2), range(0), range(-5), None, slice(1, 2, None),
        slice(None), slice(1, None, "a"), ..., NotImplemented, True, False, b"x'\"", "q'\"", 1, -0.0, 1e16, 1e-5,
        0.1 + 0.2, float("inf"), float("nan"), 1e22, 123456789012345678.0, [1], (1,), {1: 2}, {1}, frozenset({2}),
        frozenset(), set(), "a\tb\x7f\u200b\U0001F600", {}.keys(), {"a": 1}.values(), {"a": 1}.items(),
        collections.deque([1], maxlen=3), collections.OrderedDict(a=1), collections.defaultdict(int, a=1),
        collections.Counter("abca"), types.SimpleNamespace(a=1, b="x"), ValueError(1), KeyError("k"),
        StopIteration(), itertools.count(3), itertools.count(1.5, 2), itertools.repeat(1, 2), sys.version_info,
        collections.namedtuple("P", "x y")(1, 2), len, print, sys]
for v in vals:
    t = type(v)
    r = repr(v)
    print(t.__name__, r, t.__repr__(v) == r, v.__repr__() == r, str(v) == v.__str__())
for t in (int, type, object, type(None), type(...), type(NotImplemented), C, ValueError, bool):
    print(repr(t), type(t).__repr__(t), t.__name__, t.__qualname__, t.__module__)
# Reprs with addresses: compare the shapes only.
addressed = [c.m, gen(), outer().__closure__[0], staticmethod(gen), classmethod(gen), weakref.ref(C), iter([]),
             map(abs, []), zip(), enumerate([]), reversed([]), functools.partial(abs), super(C, c), gen.__code__,
             operator.itemgetter(1), iter(range(3)), iter(""), iter(()), iter({}), iter(set()), object(), property(),
             [].append, gen, lambda: 0]
for v in addressed:
    t = type(v)
    r = repr(v)
    print(t.__name__, t.__repr__(v) == r, v.__repr__() == r, r.split(" at 0x")[0].split(" of ")[0])
print(type(True).__repr__(False), int.__repr__(True), bool.__repr__(True), object.__repr__(None)[:18])
print(type(sys).__repr__(sys), sys.__repr__(), sys.__class__)
try:
    bool.__repr__(1)
except TypeError as e:
    print("TypeError:", e)
# Descriptors of built-in types: slot wrappers and method descriptors, unbound and bound.
print(int.__repr__, int.__add__, object.__init__, type.__call__, bytearray.__repr__, complex.__repr__)
print(str.upper, list.append, list.__getitem__, dict.__contains__, tuple.__getitem__, int.__format__)
print(repr((1).__add__).split(" at ")[0], repr([].append).split(" at ")[0], repr("".upper).split(" at ")[0])
for call in (lambda: int.__repr__(), lambda: str.upper(), lambda: int.__add__("a", 1), lambda: str.upper(1),
             lambda: list.__len__(3), lambda: dict.__getitem__([], 0)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
import sys as _s
v = _s.version_info
print(type(v).__name__, isinstance(v, tuple), v[:2] >= (3, 8), v.major)
try:
    v.minor = 0
except AttributeError as e:
    print("AttributeError:", e)
