from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict
from datetime import date
import json

class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"

@dataclass
class Product:
    sku: str
    name: str
    category: Category
    price: float
    qty: int = 0
    tags: set = field(default_factory=set)

    @property
    def value(self):
        return self.price * self.qty

class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku, self.wanted, self.have = sku, wanted, have

class Inventory:
    def __init__(self):
        self._items = {}
        self.history = []

    def add(self, product):
        if product.sku in self._items:
            raise KeyError(f"duplicate sku {product.sku!r}")
        self._items[product.sku] = product

    def restock(self, sku, n):
        self._items[sku].qty += n
        self.history.append(("restock", sku, n))

    def sell(self, sku, n):
        p = self._items[sku]
        if n > p.qty:
            raise OutOfStock(sku, n, p.qty)
        p.qty -= n
        self.history.append(("sell", sku, n))
        return p.price * n

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: (p.category.value, p.name)))

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def by_category(self):
        groups = defaultdict(list)
        for p in self:
            groups[p.category].append(p)
        return groups

    def report(self):
        lines = [f"{'SKU':<6} {'Name':<14} {'Cat':<6} {'Price':>8} {'Qty':>5} {'Value':>10}"]
        lines.append("-" * len(lines[0]))
        for p in self:
            lines.append(f"{p.sku:<6} {p.name:<14.14} {p.category.name:<6} {p.price:>8.2f} {p.qty:>5d} {p.value:>10,.2f}")
        total = sum(p.value for p in self)
        lines.append(f"{'TOTAL':<37}{total:>16,.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("T100", "Hammer", Category.TOOLS, 12.5, 10, {"steel"}),
             ("F200", "Apples (kg)", Category.FOOD, 2.99, 150),
             ("Y300", "Yo-yo", Category.TOYS, 4.25, 0, {"kids", "classic"}),
             ("T101", "Screwdriver set deluxe", Category.TOOLS, 24.0, 3)]:
    inv.add(Product(*args))
print(len(inv), "T100" in inv, "Z999" in inv)
print(inv.report())
revenue = 0
for sku, n in [("T100", 4), ("F200", 151), ("Y300", 1), ("F200", 50), ("Q000", 1)]:
    try:
        got = inv.sell(sku, n)
        revenue += got
        print(f"sold {n} x {sku} for {got:.2f}")
    except OutOfStock as e:
        print("cannot sell:", e, "| short by", e.wanted - e.have)
    except KeyError as e:
        print("unknown sku:", e)
inv.restock("Y300", 12)
try:
    inv.add(Product("T100", "Dup", Category.TOOLS, 1))
except KeyError as e:
    print("KeyError:", e)
print(f"revenue {revenue:.2f}")
for cat, items in inv.by_category().items():
    print(cat, [p.name for p in items], f"{sum(p.value for p in items):.1f}")
print(inv.history)
snapshot = json.dumps([{**vars(p), "category": p.category.value, "tags": sorted(p.tags)} for p in inv], indent=1)
print(snapshot[:200])
restored = [Product(**{**d, "category": Category(d["category"]), "tags": set(d["tags"])}) for d in json.loads(snapshot)]
print(restored[0], restored[0] == next(iter(inv)))
low = [p.sku for p in inv if p.qty < 5]
print("low stock:", low or "none")
print(max(inv, key=lambda p: p.value).name, min(inv, key=lambda p: p.price).name)
print(sorted(inv, key=lambda p: -p.value)[0].sku, Category("food"), Category.TOYS in Category)
inv.sell("T101", 5)
