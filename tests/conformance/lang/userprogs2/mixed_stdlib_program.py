import heapq, bisect, enum, copy, json, re, string, textwrap
from typing import NamedTuple, Optional
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]

class Color(enum.Flag):
    R = enum.auto()
    G = enum.auto()
    B = enum.auto()

print(Priority.HIGH > Priority.LOW, Priority(2), Priority["LOW"], list(Priority), Priority.HIGH + 1, f"{Priority.MEDIUM}", repr(Priority.MEDIUM), str(Priority.MEDIUM))
print(State.IDLE.next(), State.DONE.next().value, State("running"), State.RUNNING.name, [s.value for s in State], State.IDLE in State)
print(Color.R | Color.G, Color.R in (Color.R | Color.B), repr(Color.G | Color.B), Color(3), bool(Color(0)), list(Color.R | Color.B))
try:
    State("bogus")
except ValueError as e:
    print(e)

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    deps: list = field(default_factory=list, compare=False, repr=False)

heap = []
for t in [Task(3, "deploy"), Task(1, "lint"), Task(2, "test"), Task(1, "format")]:
    heapq.heappush(heap, t)
print([heapq.heappop(heap).name for _ in range(len(heap))])
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, [("b", 2), ("a", 9)], key=lambda x: x[1]), list(heapq.merge([1, 4], [2, 3])))
scores = [55, 70, 85, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [40, 55, 71, 99]], bisect.bisect_left(scores, 70), bisect.insort(scores, 60) or scores)

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(Point(0)), p._asdict(), Point._field_defaults, p._replace(y=1), Point.__annotations__)

class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
ll = LinkedList([1, 2, 3])
print(ll, len(ll), list(ll.reverse()), sum(ll), 2 in ll, copy.deepcopy(ll), copy.copy(ll).head is ll.head)

@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print(t, end="")
with suppress(KeyError):
    {}["x"]
    print("not printed")
try:
    with tag("i"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)

config = '{"name": "app", "version": [1, 2, 3], "debug": false, "ratio": 0.5, "tags": null, "nested": {"k": "v\\u00e9"}}'
cfg = json.loads(config)
print(cfg, json.dumps(cfg, sort_keys=True), json.dumps(cfg["nested"], ensure_ascii=False), json.dumps([1, "a"], indent=2))
print(json.dumps({"a": 1.0, "b": float("inf")}) if False else json.dumps({3: "int key", "t": (1, 2)}))
try:
    json.loads("{'bad': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)

log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-05 INFO started worker=3
2024-01-06 WARN retry 2/5 for job-17
2024-01-07 ERROR timeout after 30s"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m["level"].ljust(5), m.group("date")[5:], m.span("msg"), re.findall(r"\d+", m["msg"]))
print(re.sub(r"(\d+)/(\d+)", r"\2 of \1", log.splitlines()[2]), re.split(r"[ =]", "a=1 b=2"), re.sub(r"\s+", " ", "  a   b "), bool(re.fullmatch(r"[a-z]+\d?", "abc1")))
tmpl = string.Template("$who likes ${what}!")
print(tmpl.substitute(who="Ann", what="tea"), tmpl.safe_substitute(who="Bo"), string.ascii_lowercase[:5], string.capwords("hello  world"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, width=30))
print(textwrap.dedent("""
    indented
      more
    back"""), textwrap.shorten("Hello world, this is long", width=15), textwrap.indent("a\nb", "> "))
