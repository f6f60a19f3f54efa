from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List
import operator

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Sku:
    code: str
    rev: int = 1

@dataclass
class Warehouse:
    name: str
    items: list = field(default_factory=list)
    skus: dict = field(default_factory=dict)

    def add(self, item, sku):
        self.items.append(item)
        self.skus[sku] = item.name

inv = [Item("widget", 2.5, 10, ["a"]), Item("gadget", 10.0, 3), Item("doohickey", 0.75, 40, ["b", "c"]),
       Item("gizmo", 10.0, 3), Item("thing", 2.5, 0)]
for it in sorted(inv):
    print(it, it.total)
print(sorted(inv, key=lambda i: (-i.price, i.name)))
print(sorted(inv, key=operator.attrgetter("price", "qty"), reverse=True))
print([i.name for i in sorted(sorted(inv, key=lambda i: i.name), key=lambda i: i.price)])
print(inv[1] == Item("gadget", 10.0, 3, ["zzz"]), inv[1] < inv[0], inv[1] == inv[3])
print(asdict(inv[2]))
print(astuple(inv[0]))
r = replace(inv[0], qty=99)
print(r, r.sort_index, inv[0].qty)
s = Sku("A-1")
print(s, hash(s) == hash(Sku("A-1")), s == Sku("A-1", 1), s != Sku("A-1", 2))
try:
    s.rev = 3
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    del s.code
except FrozenInstanceError as e:
    print("frozen del:", e)
print(replace(s, rev=2))
try:
    replace(s, nope=1)
except TypeError as e:
    print("TypeError:", e)
w = Warehouse("main")
for it, code in zip(inv, "ABCDE"):
    w.add(it, Sku(code))
print(w.skus)
print(asdict(Warehouse("z", [inv[0]]))["items"][0])
print([f.name for f in fields(Item)], [f.name for f in fields(s)])
try:
    Item("x")
except TypeError as e:
    print(e)
try:
    Item("x", 1, 2, [], 5)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
print(Item.__eq__ is not object.__eq__, Sku.__hash__ is not None, Warehouse.__hash__)
print(repr(Warehouse("e")), Warehouse("e") == Warehouse("e"))
