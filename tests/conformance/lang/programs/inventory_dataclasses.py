# An inventory with dataclasses: defaults, factories, ordering, frozen records, asdict.
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.quantity

    @property
    def total(self) -> float:
        return round(self.price * self.quantity, 2)


@dataclass(frozen=True)
class Supplier:
    name: str
    country: str = 'NL'


@dataclass
class Inventory:
    owner: str
    items: List[Item] = field(default_factory=list)
    supplier: Optional[Supplier] = None

    def add(self, item: Item) -> None:
        self.items.append(item)

    def value(self) -> float:
        return round(sum(i.total for i in self.items), 2)

    def by_tag(self, tag):
        return [i.name for i in self.items if tag in i.tags]


inv = Inventory('shop', supplier=Supplier('Acme'))
inv.add(Item('widget', 2.5, 10, ['small', 'metal']))
inv.add(Item('gadget', 12.0, 3, ['metal']))
inv.add(Item('doohickey', 0.75, 40))
inv.add(Item('gizmo', 99.99, 1, ['large']))

print(inv.items[0])
print(inv.supplier, inv.value())
print(inv.by_tag('metal'))
for item in sorted(inv.items, reverse=True):
    print(f'{item.name:<10} {item.quantity:>3} x {item.price:>6.2f} = {item.total:>8.2f}')
print(max(inv.items).name, min(inv.items).name)
print(asdict(inv.items[1]))
print(astuple(Supplier('Bolt', 'DE')))
s = Supplier('Acme')
try:
    s.name = 'Other'
except Exception as e:
    print(type(e).__name__, e)
print(replace(s, country='BE'), s == Supplier('Acme'), hash(s) == hash(Supplier('Acme')))
print(Item('a', 1.0) == Item('a', 1.0), Item('a', 1.0) < Item('b', 2.0, 1))
try:
    Item()
except TypeError as e:
    print('TypeError:', e)
