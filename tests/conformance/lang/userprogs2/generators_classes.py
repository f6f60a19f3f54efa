import itertools, functools, sys
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def __repr__(self):
        if not self.children:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {', '.join(map(repr, self.children))})"
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), t, max(t), sorted(t, reverse=True))
for d, v in t.depth_first():
    print("  " * d + str(v))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fib())), next(itertools.islice(fib(), 50, None)))
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x; count += 1
        avg = total / count
    return (count, avg)
a = averager(); next(a)
print([a.send(x) for x in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def gen_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("cleanup on close")
        raise
    finally:
        print("finally")
g = gen_exc(); next(g); del g
import gc; gc.collect()
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("handled", e)
th = thrower(); next(th); th.throw(ValueError("boom")); th.throw(ValueError, "again") if sys.version_info < (3, 12) else None
print(type(th).__name__, th.gi_running, th.gi_frame is not None, th.__name__, th.__qualname__)
gexp = (i * i for i in range(3))
print(gexp.__name__, list(gexp), list(gexp))
def counter_gen():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
cg = counter_gen()
print(next(cg), next(cg), next(cg), cg.send("reset"), next(cg))
@functools.total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, o):
        return self.RANKS.index(self.rank) == self.RANKS.index(o.rank)
    def __lt__(self, o):
        return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)
    def __hash__(self):
        return hash(self.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in "KS 2H TD AC 2D KH".split()]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True), len(set(hand)))
print([list(g) for k, g in itertools.groupby(sorted(hand), key=lambda c: c.rank)])
print(dict(itertools.zip_longest("abc", range(2))), list(itertools.product([0, 1], repeat=3))[::3], list(itertools.accumulate(range(1, 6), lambda a, b: a * b)))
class Registry(type):
    classes = {}
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        if bases:
            m.classes[name] = cls
        return cls
class Base(metaclass=Registry): pass
class Alpha(Base): pass
class Beta(Base):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass of Beta:", cls.__name__)
class Gamma(Beta): pass
print(sorted(Registry.classes), type(Gamma).__name__, Gamma.__mro__[1].__name__, isinstance(Gamma(), Base))
class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v=0):
        self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is immutable")
    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"
fz = Frozen(1, 2)
try:
    fz.x = 5
except AttributeError as e:
    print(e, fz)
print(Frozen.x, type(Frozen.x).__name__, Frozen.__slots__)
try:
    Frozen(1, 2).__dict__
except AttributeError as e:
    print(e)
