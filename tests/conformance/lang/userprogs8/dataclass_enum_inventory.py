from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError
from enum import Enum, IntEnum, Flag, auto, unique
from typing import NamedTuple, Optional
import json

class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)
    category: Category = Category.TOOLS
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.price = round(self.price * (1 - discount), 2)
        self.sort_key = self.price * self.qty
    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"

@dataclass
class Config:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1

class Pair(NamedTuple):
    left: int
    right: Optional[int] = None
    def swap(self):
        return Pair(self.right, self.left)

items = [
    Item("hammer", 12.5, 4, ["steel"]),
    Item("apple", 0.5, 100, category=Category("FOOD")),
    Item("yoyo", 3.0, 10, category=Category.TOYS, discount=0.1),
    Item("saw", 20.0, 1),
]
for it in items:
    print(it, it.total)
print(sorted(items)[0].name, max(items).name, items[0] == Item("hammer", 12.5, 4), items[0] < items[1])
print(asdict(items[2]), astuple(items[3]))
print([f.name for f in fields(Item)], [f.name for f in fields(items[0])])
cheap = replace(items[0], price=1.0)
print(cheap, cheap is items[0])
loc = Location(3)
print(loc, hash(loc) == hash(Location(3, "A")), {loc: "x"})
try:
    loc.aisle = 4
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
c = Config("app", verbose=True)
print(c)
try:
    Config("app", True)
except TypeError as e:
    print("TypeError:", e)
p = Pair(1)
print(p, p.swap(), p._asdict(), p._replace(right=5), Pair._fields, Pair._field_defaults, p[0], len(p))
print(list(Category), Category.FOOD, repr(Category.FOOD), Category["TOYS"], Category.FOOD.name, Category.FOOD.value)
print(Category("Toys"), Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(2), int(Priority.MEDIUM))
print(f"{Priority.HIGH}", f"{Priority.HIGH!r}", str(Priority.LOW), format(Category.FOOD), f"{Category.TOYS}")
print(Perm.R | Perm.W, Perm.RW, Perm.R in Perm.RW, Perm(0), Perm(7), list(Perm), ~Perm.R, bool(Perm(0)), Perm.RW.value)
print(repr(Perm.R | Perm.X), str(Perm.R | Perm.X), (Perm.R | Perm.X).name, len(Perm.RW))
try:
    Category("weapons")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Color(Enum):
        RED = 1
        CRIMSON = 1
except ValueError as e:
    print("ValueError:", e)
class Shade(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
print(list(Shade), Shade.CRIMSON, Shade(1), Shade.__members__.keys(), Shade.CRIMSON is Shade.RED)
data = json.dumps([asdict(i) for i in items[:2]], default=lambda o: o.value if isinstance(o, Enum) else str(o), indent=1)
print(data)
print(json.loads(data)[1]["category"])
print(Item.__eq__ is not object.__eq__, Item.__hash__, Location.__hash__ is not None)
print(Item("x", 1.0) == Item("x", 1.0), Item("x", 1.0) == ("x", 1.0))
Item("bad")
