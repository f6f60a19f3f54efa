from dataclasses import dataclass, field, asdict, astuple, replace, InitVar, KW_ONLY, fields, FrozenInstanceError
import dataclasses
from typing import List, Optional, ClassVar

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, 9), Version(1, 2, 0)]
print(sorted(vs))
print(max(vs), min(vs), vs[0] == vs[3], vs[0] is vs[3])
print([str(v) for v in sorted(vs, reverse=True)])

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

p = Point(1.5)
print(p, hash(p) == hash(Point(1.5, 0.0)))
try:
    p.x = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(p, y=2), astuple(p), asdict(p))

@dataclass
class Item:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    _id: int = field(init=False, compare=False, default=0)
    counter: ClassVar[int] = 0

    def __post_init__(self):
        Item.counter += 1
        self._id = Item.counter
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")

a = Item("pen", 1.25)
b = Item("ink", 3.0, ["blue"], qty=3)
a.tags.append("cheap")
print(a, b, a._id, b._id)
print(asdict(b), Item.counter)
try:
    Item("bad", -1)
except ValueError as e:
    print("ValueError:", e)
print([f.name for f in fields(Item)])
print(Item.__match_args__)

@dataclass
class Order:
    items: List[Item]
    customer: Optional[str] = None

o = Order([a, b], "zoe")
print(asdict(o))
print(astuple(o))

@dataclass
class Config:
    path: str
    debug: InitVar[bool] = False
    level: int = field(init=False)
    def __post_init__(self, debug):
        self.level = 10 if debug else 30

print(Config("x", True), Config("y"))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

print(KW(1, c=9), KW(0))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class BadDefault:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Order2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

@dataclass(eq=False)
class Node:
    val: int
    nxt: "Node" = None
n = Node(1, Node(2))
print(n, n == Node(1, Node(2)))
print(dataclasses.is_dataclass(n), dataclasses.is_dataclass(Node), dataclasses.is_dataclass(5))
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Version(1, 2) < (1, 3)
except TypeError as e:
    print("TypeError:", e)
print(Version.__lt__(Version(1), (1,)))
MyPoint = dataclasses.make_dataclass("MyPoint", [("x", int), ("y", int, field(default=5))])
print(MyPoint(1), MyPoint(1, 2) == MyPoint(1, 2))
print(Version(1, 2, 3).__repr__(), repr(Version))
