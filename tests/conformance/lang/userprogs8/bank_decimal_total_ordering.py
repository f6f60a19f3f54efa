from functools import total_ordering
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

@total_ordering
class Account:
    _next_id = 1000
    interest = Decimal("0.015")

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self._balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def deposit(self, amount):
        amount = Decimal(str(amount))
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        amount = Decimal(str(amount))
        if amount > self._balance:
            raise InsufficientFunds(amount, self.balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = self._balance * self.interest
        self._balance += gained
        return gained

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    __hash__ = None

    def __repr__(self):
        return f"{self.__class__.__name__}(owner={self.owner!r}, balance={self.balance})"

    def __str__(self):
        return f"#{self.id} {self.owner:<10} ${self.balance:>12,}"

class Savings(Account):
    interest = Decimal("0.04")
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)

accts = [Account("ann", "100.50"), Savings("bob", "2500"), Account("cy"), Savings("dee", "1234567.891")]
accts[0].deposit(20).withdraw(5.25)
accts[2].deposit("0.1").deposit(0.2)
for a in accts:
    print(a)
print(repr(accts[2]), accts[2].balance, accts[2]._balance)
print(sorted(accts), max(accts).owner, accts[0] >= accts[2], accts[0] == accts[0])
for a in accts:
    g = a.add_interest()
    print(f"{a.owner}: +{g:.4f} -> {a.balance}", type(g).__name__)
try:
    accts[2].withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.needed, e.available, e.args)
s = accts[1]
s.withdraw(1); s.withdraw(2)
try:
    s.withdraw(3)
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.history)
try:
    accts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    accts[0].deposit("abc")
except InvalidOperation as e:
    print("InvalidOperation:", e, type(e).__mro__)
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("1.005").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("2.50") * 3, Decimal(1) / Decimal(3))
print(Decimal("10") / 4, Decimal("-7") // 2, Decimal("-7") % 2, Decimal("1e3") + 1, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal(0.1))
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000123'):e}", f"{Decimal('12.3'):>10}", round(Decimal("2.675"), 2), int(Decimal("9.99")), float(Decimal("1.1")))
print(sum(a.balance for a in accts), Decimal("3.14159").as_tuple(), Decimal("-0"), Decimal("NaN"), Decimal("Infinity") > 10 ** 100)
total = sum((a.balance for a in accts), start=Decimal(0))
print(f"Total: {total:,}")
try:
    hash(accts[0])
except TypeError as e:
    print("TypeError:", e)
try:
    accts[0] < 5
except AttributeError as e:
    print("TypeError:", e)
accts[0].withdraw(10 ** 6)
