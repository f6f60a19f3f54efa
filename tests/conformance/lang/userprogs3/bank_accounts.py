from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict, astuple, replace
from enum import Enum, Flag, IntEnum, auto, unique
from decimal import Decimal
from datetime import date
import itertools


class Permission(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    ALL = READ | WRITE | ADMIN


@unique
class Tier(IntEnum):
    BASIC = 1
    SILVER = 2
    GOLD = 3


class Status(Enum):
    OPEN = "open"
    FROZEN = "frozen"
    CLOSED = "closed"

    def __str__(self):
        return self.value.upper()


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class AccountFrozen(Exception):
    pass


_ids = itertools.count(1000)


class Account(ABC):
    interest_rate = Decimal("0.00")

    def __init__(self, owner: str, balance: Decimal = Decimal("0"), tier: Tier = Tier.BASIC):
        self.owner = owner
        self._balance = Decimal(balance)
        self.tier = tier
        self.number = next(_ids)
        self.status = Status.OPEN
        self.history: list[tuple[str, Decimal]] = []

    @property
    def balance(self) -> Decimal:
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @abstractmethod
    def kind(self) -> str: ...

    def deposit(self, amount):
        if self.status is not Status.OPEN:
            raise AccountFrozen(f"account {self.number} is {self.status}")
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def add_interest(self):
        gained = (self.balance * self.interest_rate).quantize(Decimal("0.01"))
        self.balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance!r}, tier={self.tier!r})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self.kind():>8} {self.balance:>10.2f} [{self.status}]"

    def __lt__(self, other):
        return (self.tier, self.balance) < (other.tier, other.balance)

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.number == other.number

    __hash__ = None


class Checking(Account):
    def kind(self):
        return "checking"


class Savings(Account):
    interest_rate = Decimal("0.025")

    def kind(self):
        return "savings"

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("savings accounts allow two withdrawals")
        return super().withdraw(amount)


@dataclass(order=True)
class Transfer:
    when: date
    amount: Decimal
    src: int = field(compare=False)
    dst: int = field(compare=False)
    memo: str = field(default="", repr=False)
    tags: list = field(default_factory=list, compare=False)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts: dict[int, Account] = {}
        self.transfers: list[Transfer] = []

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount, when, memo=""):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)
            raise
        t = Transfer(when, amount, src, dst, memo)
        self.transfers.append(t)
        return t

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.number))

    def __contains__(self, number):
        return number in self.accounts


bank = Bank("First Python")
alice = bank.open(Checking, "alice", Decimal("100.50"), tier=Tier.GOLD)
bob = bank.open(Savings, "bob", Decimal("2500"))
carol = bank.open(Savings, owner="carol", tier=Tier.SILVER)
print(len(bank), 1000 in bank, 5 in bank)
for acct in bank:
    print(acct)
print(repr(alice))

try:
    Account("nobody")
except TypeError as e:
    print("TypeError:", e)

ops = [
    (bank.transfer, (bob.number, alice.number, Decimal("300"), date(2024, 3, 1), "rent")),
    (bank.transfer, (alice.number, carol.number, Decimal("1000"), date(2024, 3, 2))),
    (bank.transfer, (bob.number, carol.number, Decimal("50.25"), date(2024, 2, 28))),
    (bank.transfer, (bob.number, carol.number, Decimal("1"), date(2024, 3, 5))),
    (carol.deposit, (Decimal("-5"),)),
    (alice.withdraw, (Decimal("0.5"),)),
]
for fn, args in ops:
    try:
        res = fn(*args)
        print("ok", res)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed, e.available, e.args)
    except (PermissionError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

carol.status = Status.FROZEN
try:
    carol.deposit(Decimal(1))
except AccountFrozen as e:
    print(repr(e))

for acct in (alice, bob, carol):
    print(acct.owner, acct.add_interest())
print(sorted(bank))
print(max(bank).owner, min(bank, key=lambda a: a.balance).owner)
print(sorted(bank.transfers))
print(asdict(bank.transfers[0]))
print(astuple(bank.transfers[1]))
print(replace(bank.transfers[0], memo="changed").memo, bank.transfers[0] == replace(bank.transfers[0], memo="x"))
try:
    hash(alice)
except TypeError as e:
    print(e)

perm = Permission.READ | Permission.WRITE
print(perm, Permission.ADMIN in perm, Permission.READ in perm, bool(Permission.NONE))
print(Permission.ALL, ~Permission.READ, Permission(3), Permission.ALL & ~Permission.ADMIN)
print(list(Permission), [p.name for p in Permission.ALL] if hasattr(Permission.ALL, '__iter__') else None)
print(Tier.GOLD > Tier.SILVER, Tier.GOLD + 1, Tier(2), Tier["BASIC"], int(Tier.GOLD), f"{Tier.GOLD}")
print(Status("open"), repr(Status.CLOSED), Status.OPEN.name, [s.value for s in Status])
print(f"{alice.balance:,.2f} {bob.balance:>12,} {Decimal('1234567.891'):.1f}")
try:
    Status("missing")
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
