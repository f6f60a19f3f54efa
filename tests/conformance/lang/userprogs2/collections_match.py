from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c1 = Counter("abracadabra")
c2 = Counter(a=1, b=5, z=2)
print(c1, c1.most_common(2), c1.most_common()[-1], c1["missing"], sorted(c1.elements()))
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c3 = c1.copy(); c3.subtract("aaaaaaa"); print(c3, c3.total())
c3.update({"q": 3}); c3["r"] += 1; del c3["b"]; print(c3, len(c3), list(c3)[:3])
print(Counter(["x", "y", "x"]) == Counter({"x": 2, "y": 1}), Counter("ab") < Counter("aab") if hasattr(Counter, "__lt__") else "")
words = "one two three two three three".split()
dd = defaultdict(list)
for i, w in enumerate(words):
    dd[w].append(i)
print(dd, dict(dd), dd["none"], len(dd), repr(defaultdict(int)), dd.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1; nested["b"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b"); od.move_to_end("d", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), list(reversed(od)))
dq = deque(range(10), maxlen=5)
print(dq, dq.maxlen)
dq.append(10); dq.appendleft(-1); print(dq)
dq.rotate(2); print(dq); dq.rotate(-3); print(dq)
dq.extend([20, 21]); dq.extendleft([30, 31]); print(dq, dq.count(30), dq.index(30), dq[0], dq[-1])
dq2 = deque("abc"); dq2.insert(1, "X"); dq2.remove("b"); dq2.reverse(); print(dq2, dq2.pop(), dq2.popleft(), dq2)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, p._replace(x=5), p._asdict(), Point._fields, P3(1, 2), P3._field_defaults, p.x + p[1], Point._make([7, 8]), tuple(p), p == (1, 2))
x, y = p
print(x, y, isinstance(p, tuple), len(p), p.count(1), p.index(2))
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "x def")
except ValueError as e:
    print("ValueError", e)
print(namedtuple("R", "a b", rename=True)._fields, namedtuple("R", "a _b class", rename=True)._fields)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 4})["c"], dict(cm))
data = [("bob", 25, "NY"), ("amy", 30, "LA"), ("cat", 25, "LA"), ("dan", 30, "NY"), ("eve", 25, "NY")]
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: (r[2], -r[1], r[0])))
print(sorted(data, key=lambda r: r[2], reverse=True))
print(sorted(sorted(data, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
print(sorted("bAcaB"), sorted("bAcaB", key=str.lower), sorted([3, 1, 2], reverse=True), sorted({3: 1, 1: 2}), sorted([(1, "b"), (1, "a")]))
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, it & {("a", 1)})
print(reversed(d).__class__.__name__, list(reversed(d)), list(reversed(d.items())), d | {"e": 5}, {**d, "a": 0})
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1.isdisjoint({9}), s1.union([9], (10,)), frozenset(s1) & s2, s2 | frozenset([1]))
s1 |= {7}; s1 -= {1}; s1 &= {2, 3, 7, 8}; s1 ^= {8}; print(s1, sorted(s1 | {0}), {frozenset({1}): "fs"})

def handle(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", direction, *rest] if rest:
            return f"go {direction} then {rest}"
        case ["pick", *items]:
            return f"picking {len(items)}: {', '.join(items)}"
        case {"action": "drop", "item": str(item), **extra}:
            return f"drop {item} extra={extra}"
        case {"action": action}:
            return f"unknown action {action}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case str() as s if len(s) > 3:
            return "long string"
        case (1, 2, *_):
            return "starts 1, 2"
        case None:
            return "none"
        case _:
            return f"no match for {cmd!r}"
for cmd in [["go", "north"], ["go", "east", "fast", "now"], ["go", "west"], ["pick", "a", "b"], {"action": "drop", "item": "key", "n": 1},
            {"action": "fly"}, {"action": 1, "item": 2}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), -5, 2.5, "hello", "hi", (1, 2, 3), [1, 2], None, {}]:
    print(handle(cmd))
class Color:
    RED = "r"
    GREEN = "g"
def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "other"
print(color("r"), color("g"), color("b"))
first, *middle, last = range(6)
(a, b), *rest = [(1, 2), 3, 4]
print(first, middle, last, a, b, rest, [*range(3), *"ab"], {**{"x": 1}, "y": 2}, *[1, 2], sep="|")
if (n := len(middle)) > 3:
    print(f"{n=} {middle=!r:>20} {n * 2 = }")
print([y for x in range(5) if (y := x * x) > 4])
