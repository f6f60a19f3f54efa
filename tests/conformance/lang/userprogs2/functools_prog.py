import functools
from functools import reduce, partial, lru_cache, cached_property, wraps, total_ordering, singledispatch, cmp_to_key
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), mod=5)
print(p2(10), p2.args, p2.keywords, repr(partial(max, 1)) == "functools.partial(<built-in function max>, 1)")

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
for x in [1, 2, 3, 1, 4, 1]:
    fib(x)
print(fib.cache_info(), fib.__wrapped__(5), fib.__name__)

@lru_cache(maxsize=None)
def slow_add(a, b=0):
    print("computing", a, b)
    return a + b
slow_add(1, 2); slow_add(1, 2); slow_add(1, b=2); slow_add(a=1, b=2); slow_add(1.0, 2)
print(slow_add.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
c.area = 1
print(c.area)
try:
    Circle.area.__set_name__(Circle, "other")
except TypeError as e:
    print(e)

def logged(prefix="LOG"):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix}: {fn.__name__}{args}{kwargs if kwargs else ''}")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return deco

@logged()
def add(a, b):
    """Add two numbers."""
    return a + b
@logged("DBG")
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)
print(greet("bo", punct="?"))

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))

def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["bb", "a", "ccc", "ab", "b"], key=cmp_to_key(compare)))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") > Version("1.0"))
print(functools.reduce(operator_add := (lambda a, b: a + b), ["a", "b", "c"]))
