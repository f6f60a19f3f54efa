# match statements (class, mapping, sequence, or-patterns, guards, captures), the
# itertools recipes, and deque/defaultdict/OrderedDict/ChainMap/Counter operations.
import itertools as it
import operator
from collections import deque, defaultdict, OrderedDict, ChainMap, Counter
from dataclasses import dataclass

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    r: float

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r) if r <= 0:
            return "degenerate circle"
        case Circle(center=Point() as c, r=r):
            return f"circle at ({c.x}, {c.y}) r={r}"
        case {"type": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={sorted(rest)}"
        case {"type": t}:
            return f"unknown dict type {t!r}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last]:
            return f"seq first={first} mid={middle} last={last}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case str(s):
            return f"short string {s!r}"
        case int(n) | float(n) if n < 0:
            return "negative number"
        case int() | float():
            return "number"
        case None:
            return "nothing"
        case _:
            return f"other {type(shape).__name__}"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(1, 1), 0), Circle(Point(1, 2), 3),
          {"type": "rect", "w": 2, "h": 3, "color": "red", "z": 1}, {"type": "tri"},
          [1, 2], (1, 2, 3, 4), "hello", "hi", -3, 2.5, None, {1, 2}, b"ab", []]:
    print(describe(s))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"
for c in ["go north", "go up", "take a b c", "take", "quit", "", "dance now"]:
    print(repr(c), "->", command(c))

print(list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max, initial=2)))
print(list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.combinations("ABCD", 2)))
print(list(it.combinations_with_replacement("AB", 3)))
print(list(it.permutations(range(3), 2)))
print(list(it.product("ab", repeat=2)))
print(list(it.islice(it.count(10, 5), 3, 8, 2)))
print(list(it.islice(it.cycle("xyz"), 7)))
print(list(it.repeat("r", 3)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted(["apple", "avocado", "banana", "cherry", "blue"]), key=lambda w: w[0])])
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.zip_longest("ABC", "x", fillvalue="-")))
print(list(it.pairwise("ABCDE")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
print(list(roundrobin("ABC", "D", "EF")))

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))

def sliding_window(iterable, n):
    itr = iter(iterable)
    window = deque(it.islice(itr, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in itr:
        window.append(x)
        yield tuple(window)
print(list(sliding_window(range(6), 3)))

dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0); dq.extend([4, 5, 6]); dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq[-1], dq.count(4), dq.index(5))
dq.rotate(-3); print(dq); dq.reverse(); print(dq, dq.pop(), dq.popleft(), dq)
dd = defaultdict(lambda: "N/A", a=1)
print(dd["a"], dd["b"], dict(dd), repr(defaultdict(list)))
groups = defaultdict(list)
for w in "the quick brown fox jumps over the lazy dog".split():
    groups[len(w)].append(w)
print(dict(sorted(groups.items())))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm2 = cm.new_child({"c": 4})
print(cm["a"], cm["b"], cm2, list(cm2), len(cm2), cm2.parents, cm.maps)
cm["b"] = 99
print(cm.maps)
c1 = Counter("abracadabra"); c2 = Counter("alakazam")
print(c1.most_common(3), c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(c1.total(), sorted(c1.elements())[:6], +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c1.subtract(c2); print(c1)
c1.update({"z": 3}); print(c1["z"], c1["missing"])
