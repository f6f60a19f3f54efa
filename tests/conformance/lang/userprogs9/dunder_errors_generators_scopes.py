import sys, warnings
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(f"!! {type(e).__name__}: {e}")
class S:
    def __str__(self): return 5
    def __repr__(self): return "S()"
t(lambda: str(S()))
t(lambda: print(S()))
t(lambda: f"{S()}")
t(lambda: format(S(), ""))
class I:
    def __init__(self): return 5
t(I)
class H:
    def __hash__(self): return "x"
t(lambda: hash(H()))
class L:
    def __len__(self): return -1
t(lambda: len(L()))
class L2:
    def __len__(self): return 2**70
t(lambda: len(L2()))
class B:
    def __bool__(self): return 1
t(lambda: bool(B()))
class It:
    def __iter__(self): return 5
t(lambda: list(It()))
class Ix:
    def __index__(self): return 1.5
t(lambda: [1, 2][Ix()])
t(lambda: "abc" * 2.0)
t(lambda: [1] + (2,))
t(lambda: {} + {})
t(lambda: None + 1)
t(lambda: -"a")
t(lambda: ~1.5)
t(lambda: 1 < "a")
t(lambda: [1] < [None])
t(lambda: sorted([1, "a"]))
t(lambda: max([]))
t(lambda: min(1))
t(lambda: max(1, 2, key=None, default=3))
t(lambda: abs("x"))
t(lambda: len(5))
t(lambda: iter(5))
t(lambda: next([]))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: list(map(None)))
t(lambda: int(None))
t(lambda: float([]))
t(lambda: chr(-1))
t(lambda: ord("ab"))
t(lambda: "a".join([1]))
t(lambda: "x".startswith(["a"]))
t(lambda: getattr(1, "foo"))
t(lambda: setattr(1, "foo", 2))
t(lambda: object().x)
t(lambda: type("X", (), {})().y)
t(lambda: (lambda a, b=2, *c, d, **e: 0)(1))
t(lambda: (lambda a: 0)(1, 2))
t(lambda: (lambda a: 0)(b=1))
t(lambda: (lambda a: 0)(1, a=1))
t(lambda: (lambda *, k: 0)(1))
t(lambda: (lambda a, /: 0)(a=1))
def f(x, y): pass
t(lambda: f(1))
t(lambda: f(1, 2, 3))
t(lambda: f(**{"x": 1, "z": 2}))
t(lambda: f(*5))
t(lambda: f(**5))
t(lambda: f(1, **{"x": 2}))
t(lambda: int.__add__("a", 1))
t(lambda: str.upper(5))
t(lambda: [].append())
t(lambda: {}.get())
t(lambda: "a".split(1))
t(lambda: sys.exit("bye"))
t(lambda: sys.exit(3))
t(lambda: exit())
class A:
    __slots__ = ("x",)
t(lambda: A().x)
t(lambda: setattr(A(), "y", 1))
t(lambda: A.__slots__)
t(lambda: warnings.warn("careful", UserWarning))
t(lambda: warnings.warn("old", DeprecationWarning))
def gen():
    yield 1
    return 5
g = gen(); next(g)
t(lambda: next(g))
def gen2():
    try:
        yield 1
    finally:
        print("cleanup")
g = gen2(); next(g); g.close()
t(lambda: g.throw(ValueError("x")))
g3 = gen2(); next(g3)
t(lambda: g3.throw(ValueError("boom")))
t(lambda: gen2().send(5))
def gen4():
    x = yield
    while True:
        x = yield x * 2
g4 = gen4(); next(g4)
print(g4.send(3), g4.send(5))
def deleg():
    r = yield from gen()
    print("got", r)
    yield r
print(list(deleg()))
def bad_gen():
    yield 1
    raise StopIteration
t(lambda: list(bad_gen()))
import gc
del g4, g3
gc.collect()
x = 10
def scope():
    print(x)
    x = 5
t(scope)
def scope2():
    y = 1
    del y
    return y
t(scope2)
t(lambda: undefined_name)
t(lambda: prnt)
def closure():
    def inner():
        return z
    t(inner)
    z = 1
closure()
warnings.simplefilter("error")
t(lambda: warnings.warn("now an error"))
assert 1 == 2, f"math is broken: {1} != {2}"
