# Inventory / bank simulation with typical user idioms
from collections import defaultdict
from typing import NamedTuple, Optional, List, Dict
import itertools, functools, operator, copy

class Item(NamedTuple):
    sku: str
    name: str
    price: float
    qty: int = 0
    def total(self) -> float:
        return self.price * self.qty

class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need:.2f}, have {have:.2f}")
        self.need, self.have = need, have

class Account:
    _ids = itertools.count(1)
    def __init__(self, owner: str, balance: float = 0.0):
        self.id = next(self._ids)
        self.owner = owner
        self._balance = balance
        self.history: List[tuple] = []
    @property
    def balance(self): return round(self._balance, 2)
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt; self.history.append(("dep", amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt; self.history.append(("wd", amt)); return self
    def __repr__(self): return f"Account(#{self.id}, {self.owner!r}, {self.balance})"
    def __eq__(self, other): return isinstance(other, Account) and self.id == other.id
    __hash__ = object.__hash__

accts = [Account("ann", 100), Account("bob"), Account("cy", 50.5)]
accts[1].deposit(20).deposit(5.25).withdraw(3)
for a, amt in [(accts[0], 150), (accts[2], 10), (accts[1], 1e6)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print(f"{a.owner}: {e} (short by {e.need - e.have:,.2f})")
print(accts, sorted(accts, key=lambda a: a.balance)[-1].owner, {a: a.balance for a in accts}[accts[0]])
try:
    accts[0].deposit(-1)
except ValueError as e:
    print("ValueError:", e)
inv = [Item("A1", "widget", 2.5, 10), Item("B2", "gadget", 10.0, 3), Item("C3", "doohickey", 0.99), Item("A2", "widget xl", 4.0, 7)]
print(inv[0], inv[0].total(), inv[2]._replace(qty=5).total(), Item._field_defaults, sum(i.total() for i in inv))
by_prefix: Dict[str, List[Item]] = defaultdict(list)
for it in inv: by_prefix[it.sku[0]].append(it)
for k in sorted(by_prefix): print(k, [i.name for i in by_prefix[k]], f"{sum(map(Item.total, by_prefix[k])):8.2f}")
print(functools.reduce(operator.add, (i.qty for i in inv)), max(inv, key=operator.attrgetter("price")).name, [i.sku for i in sorted(inv, key=lambda i: (-i.qty, i.sku))])
snapshot = copy.deepcopy(accts); snapshot[0].deposit(1000); print(accts[0].balance, snapshot[0].balance, snapshot[0] == accts[0])
def report(rows, *, width=12, sep=" | "):
    head = sep.join(f"{h:^{width}}" for h in ("sku", "name", "value"))
    lines = [head, "=" * len(head)]
    lines += [sep.join((f"{r.sku:<{width}}", f"{r.name[:width]:<{width}}", f"{r.total():>{width},.2f}")) for r in rows]
    return "\n".join(lines)
print(report(inv))
print(report(inv[:1], width=6, sep="|"))
matrix = [[i * j for j in range(1, 5)] for i in range(1, 4)]
print(list(zip(*matrix)), [sum(col) for col in zip(*matrix)], [row[::-1] for row in matrix][0], sum(matrix, []))
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat, any(x > 10 for x in flat), all(flat), sorted(set(flat), reverse=True)[:3], dict(enumerate("abc", 1)))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib_gen(), 15)), next(x for x in fib_gen() if x > 1000))
print(Optional[int], List[int], Dict[str, int])
