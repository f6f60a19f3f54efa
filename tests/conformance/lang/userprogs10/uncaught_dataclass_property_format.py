from dataclasses import dataclass
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    @property
    def total(self):
        return self.price * self.qty
items = [Item('a', 2.5, 2), Item('b', '3')]
for it in items:
    print(f'{it.name:<5}{it.total:>8.2f}')
