# Decorators with wraps, singledispatch (function and method), partial/partialmethod,
# reduce, cached_property, cmp_to_key, operator getters, keyword-only errors, lru_cache.
import functools, operator
from functools import singledispatch, singledispatchmethod, partial, partialmethod, reduce, wraps, cached_property

def log_calls(prefix="call"):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{prefix}: {fn.__name__}({', '.join(parts)})")
            return fn(*args, **kwargs)
        return wrapper
    return deco

@log_calls("trace")
def area(w, h=1, *, unit="m"):
    """Compute an area."""
    return f"{w * h}{unit}²"

print(area(3, h=4, unit="cm"), area.__name__, area.__doc__, area.__wrapped__.__name__, area.__qualname__)

def timer_counter(fn):
    fn.calls = 0
    @wraps(fn)
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner

@timer_counter
def noop(x):
    return x
for i in range(3):
    noop(i)
print(noop.calls)

@singledispatch
def show(obj):
    return f"object {obj!r}"
@show.register
def _(obj: int):
    return f"int {obj}"
@show.register(list)
@show.register(tuple)
def _(obj):
    return "seq of " + ", ".join(show(x) for x in obj)
@show.register
def _(obj: float | complex):
    return f"num {obj}"
print(show(1), show("s"), show([1, "a", (2.5,)]), show(True), show(1j))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:04d}"
    @fmt.register
    def _(self, arg: str):
        return f"str:{arg.upper()}"
f = Formatter()
print(f.fmt(7), f.fmt("x"), f.fmt(2.0))

def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.func.__name__, square.args, square.keywords, repr(partial(power, 2))[:30])
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args)
try:
    square(2, 3)
except TypeError as e:
    print("TypeError:", e)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda acc, x: acc * x, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: {**a, **b}, [{"a": 1}, {"b": 2}, {"a": 3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def stats(self):
        print("computing stats")
        return min(self.values), max(self.values), sum(self.values) / len(self.values)
ds = Dataset([3, 1, 4, 1, 5])
print(ds.stats, ds.stats, "stats" in vars(ds))
del ds.stats
print(ds.stats)

print(sorted(["banana", "Apple", "cherry"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
getter = operator.itemgetter(1, 0)
print(getter(("a", "b")), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
print(list(map(operator.mul, [1, 2], [3, 4])), operator.neg(5), operator.contains([1], 1), operator.index(5), operator.truth([]))
data = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carl", 25, "LA")]
print(sorted(data, key=operator.itemgetter(1, 0)), max(data, key=lambda r: r[1]))

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])

def kwonly(a, /, b, *, c=3, **rest):
    return a, b, c, rest
print(kwonly(1, 2), kwonly(1, b=2, c=4, d=5), kwonly(*[1, 2], **{"c": 9, "z": 0}))
for bad in [lambda: kwonly(a=1, b=2), lambda: kwonly(1), lambda: kwonly(1, 2, 3), lambda: kwonly(1, 2, b=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def annotated(x: int, y: "str" = "d") -> list[int]:
    pass
print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__, annotated.__code__.co_varnames)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))
@functools.lru_cache(maxsize=2)
def slow(x):
    print("computing", x)
    return x * 2
slow(1); slow(2); slow(1); slow(3); slow(2)
print(slow.cache_info(), slow.cache_parameters())
print(functools.total_ordering.__name__, callable(functools.update_wrapper))
