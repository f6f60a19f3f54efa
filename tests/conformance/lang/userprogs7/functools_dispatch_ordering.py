import functools
from functools import singledispatch, singledispatchmethod, cached_property, total_ordering, reduce, wraps, partial, partialmethod

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
@show.register(tuple)
def _(x):
    return "seq[" + ", ".join(show(i) for i in x) + "]"
@show.register
def _(x: bool):
    return f"bool {x}"
@show.register(float)
def show_float(x):
    return f"float {x:.2f}"
for v in [1, True, 2.5, "s", [1, (2.0, "z")], None]:
    print(show(v))
print(show.dispatch(bool).__name__, show.dispatch(dict).__name__, sorted(k.__name__ for k in show.registry))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        raise NotImplementedError(f"cannot format {type(arg).__name__}")
    @fmt.register
    def _(self, arg: int):
        return f"<{arg:05d}>"
    @fmt.register
    def _(self, arg: str):
        return arg.upper()
f = Formatter()
print(f.fmt(42), f.fmt("hey"))
try:
    f.fmt(1.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
print(type(Circle.__dict__["area"]).__name__, Circle.area.attrname)

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents < o.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
ms = [Money(500), Money(125), Money(999)]
print(sorted(ms), Money(1) <= Money(1), Money(2) > Money(1), Money(1) >= Money(3))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError:", e)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args} {kwargs}")
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

def repeat(n):
    def deco(fn):
        @wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))

p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)))
p2 = partial(p, "111")
print(p2(), type(p2).__name__)
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, s):
        self.state = s
    set_on = partialmethod(set_state, True)
cc = Cell(); cc.set_on(); print(cc.state)
print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
@functools.lru_cache
def slow(x):
    return x
print(slow(1), slow.cache_info(), slow.__name__)
print(functools.reduce(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))
