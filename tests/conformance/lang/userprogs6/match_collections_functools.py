from collections import Counter, defaultdict, deque, ChainMap, namedtuple, OrderedDict
from dataclasses import dataclass
import functools, itertools, random

@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r): self.center, self.r = center, r

def describe(obj):
    match obj:
        case Point(x=0, y=0): return "origin"
        case Point(x=0) | Point(y=0): return "on axis"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Circle(Point(x=cx, y=cy), r) if r > 10: return f"big circle at {cx},{cy}"
        case Circle(_, r): return f"circle r={r}"
        case [x, y, *rest] if not rest: return f"pair {x},{y}"
        case [x, *rest]: return f"seq head={x} rest={rest}"
        case {"type": "user", "name": str(name), **extra}: return f"user {name} extra={extra}"
        case {"type": t}: return f"typed {t}"
        case int(n) | float(n) if n < 0: return "negative"
        case 0 | 1 | 2: return "small"
        case str() as s if s.isupper(): return "shout " + s
        case "a" | "b": return "letter"
        case bool(): return "bool?"
        case None: return "none"
        case _: return f"other {type(obj).__name__}"
for o in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(0, 0), 1), [1, 2], (1, 2, 3), [9],
          {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, {"type": "user", "name": 5}, -3, -2.5, 1, True, "HEY", "a", None, "zz", b"x", {1, 2}]:
    print(type(o).__name__ if isinstance(o, Circle) else repr(o), "->", describe(o))
match {"a": 1}:
    case {"b": _}: print("no")
    case {}: print("empty mapping pattern matches any mapping")
cmd = "go north 3"
match cmd.split():
    case ["go", ("north" | "south") as d, n]: print("going", d, int(n))
try:
    match Point(1, 2):
        case Circle(a, b, c): pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print("TypeError:", e)

words = "the quick brown fox jumps over the lazy dog the end fox".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["missing"], sum(c.values()), len(c))
c2 = Counter("abracadabra")
print(c2, c2 + Counter("aab"), c2 - Counter("aaaaaz"), c2 & Counter("aax"), c2 | Counter("zzz"), -Counter(a=-2, b=3), +Counter(a=-1, b=1))
c2.subtract("aaaaaaa"); print(c2, c2.total(), sorted(c2.elements())[:5], Counter(a=1) == Counter(a=1, b=0))
c2.update({"q": 4}); print(c2.most_common(2), list(c2.items())[:3])
dd = defaultdict(list)
for w in words: dd[len(w)].append(w)
print(dict(dd), dd.default_factory, defaultdict(int, a=1)["b"])
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError:", e)
dq = deque(range(5), maxlen=5)
dq.rotate(2); print(dq); dq.rotate(-3); print(dq); dq.append(9); dq.appendleft(-1); print(dq, dq.maxlen, dq[0], dq[-1])
dq.extend([7, 8]); print(dq, dq.count(7), dq.index(8)); dq.extendleft("ab"); print(dq)
try:
    deque([]).pop()
except IndexError as e:
    print("IndexError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.new_child({"c": 4}).maps, cm.parents)
cm["z"] = 0; print(cm.maps)
P = namedtuple("P", "x y z", defaults=[0])
p = P(1, 2)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, p.x + p[1], P._make([4, 5, 6]), p == (1, 2, 0))
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, od.popitem(last=False), list(od))

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
base2 = functools.partial(int, base=2); print(base2("1010"), base2.func, base2.keywords, base2.args)
@functools.lru_cache(maxsize=32)
def fibo(n): return n if n < 2 else fibo(n - 1) + fibo(n - 2)
print(fibo(50), fibo.cache_info()); fibo.cache_clear(); print(fibo.cache_info())
@functools.singledispatch
def show(x): return f"object {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def documented(a, b=2):
    """Real doc."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(1))
print(list(itertools.accumulate([1, 2, 3, 4], initial=10)), list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.combinations("abcd", 2))[:4],
      list(itertools.permutations(range(3))), list(itertools.product("ab", repeat=2)), [(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")],
      list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])),
      list(itertools.pairwise("abcd")), list(itertools.repeat("x", 3)), list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.filterfalse(str.isdigit, "a1b2")),
      list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), [list(t) for t in itertools.tee("ab", 2)], list(itertools.combinations_with_replacement("ab", 2)),
      list(itertools.islice(itertools.cycle("ab"), 5)))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)
def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
def roundrobin(*iterables):
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))
print(list(grouper("abcdefg", 3, "x")), list(powerset([1, 2, 3])), list(roundrobin("abc", "d", "ef")))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
deck = list(range(10)); random.shuffle(deck); print(deck, random.choices("abc", weights=[1, 2, 7], k=6), random.randrange(0, 100, 5), random.getrandbits(20))
random.seed("text seed"); print(random.random(), random.expovariate(2), random.triangular(), random.betavariate(2, 3), random.normalvariate(5, 2))
rng = random.Random(7); print([rng.randint(0, 9) for _ in range(10)], rng.sample("abcdefgh", 3))
walk = 0
random.seed(2024)
hist = Counter()
for _ in range(1000):
    walk += random.choice((-1, 1))
    hist[walk // 10] += 1
print(walk, sorted(hist.items())[:5])
