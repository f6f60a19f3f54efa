from decimal import Decimal, ROUND_HALF_UP, InvalidOperation, getcontext
from dataclasses import dataclass, field
from typing import Optional, List, Dict
import datetime as dt


class BankError(Exception):
    """Base error."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


@dataclass(order=True)
class Transaction:
    when: dt.datetime
    kind: str = field(compare=False)
    amount: Decimal = field(compare=False)
    memo: Optional[str] = field(default=None, compare=False)

    def __str__(self):
        sign = "+" if self.kind == "deposit" else "-"
        return f"{self.when:%Y-%m-%d %H:%M} {self.kind:<10}{sign}{self.amount:>10,.2f} {self.memo or ''}".rstrip()


class Account:
    _next = 1000

    def __init__(self, owner: str, rate: str = "0.015"):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.rate = Decimal(rate)
        self.balance = Decimal("0.00")
        self.frozen = False
        self.history: List[Transaction] = []
        self.clock = dt.datetime(2024, 1, 31, 9, 30)

    def _tick(self, days=1):
        self.clock += dt.timedelta(days=days, minutes=17)
        return self.clock

    def deposit(self, amount, memo=None):
        try:
            amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        except InvalidOperation:
            raise ValueError(f"bad amount {amount!r}") from None
        if amount <= 0:
            raise ValueError("deposit must be positive")
        if self.frozen:
            raise AccountFrozen(self.number)
        self.balance += amount
        self.history.append(Transaction(self._tick(), "deposit", amount, memo))
        return self.balance

    def withdraw(self, amount, memo=None):
        amount = Decimal(amount).quantize(Decimal("0.01"))
        if self.frozen:
            raise AccountFrozen(self.number)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction(self._tick(3), "withdraw", amount, memo))
        return self.balance

    def add_interest(self, months=1):
        monthly = self.rate / 12
        for _ in range(months):
            interest = (self.balance * monthly).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            self.deposit(interest, "interest") if interest > 0 else None

    def __repr__(self):
        return f"Account({self.owner!r}, #{self.number}, balance={self.balance})"


class Bank:
    def __init__(self):
        self.accounts: Dict[int, Account] = {}

    def open(self, owner, **kw):
        acct = Account(owner, **kw)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount, f"to {dst}")
        except BankError as e:
            print(f"transfer failed: {type(e).__name__}: {e}")
            return False
        else:
            b.deposit(amount, f"from {src}")
            return True
        finally:
            print(f"  transfer {src}->{dst} {amount} attempted")

    def report(self):
        total = sum((a.balance for a in self.accounts.values()), Decimal(0))
        print(f"{'#':>6} {'owner':<10} {'balance':>12} {'share':>7}")
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            share = acct.balance / total if total else 0
            print(f"{acct.number:>6} {acct.owner:<10} {acct.balance:>12,.2f} {float(share):>7.1%}")
        print(f"{'total':>17} {total:>12,.2f}")


bank = Bank()
alice = bank.open("alice")
bob = bank.open("bob", rate="0.03")
carol = bank.open("carol")
alice.deposit("1500.505")
bob.deposit(250)
carol.deposit("12345.678", "bonus")
for bad in ["abc", "-5", "0"]:
    try:
        alice.deposit(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)

bank.transfer(alice.number, bob.number, "200")
bank.transfer(bob.number, carol.number, "10000")
carol.frozen = True
bank.transfer(alice.number, carol.number, "1")
carol.frozen = False
try:
    carol.frozen = True
    carol.deposit(5)
except AccountFrozen as e:
    print("frozen:", e.args, repr(e))
finally:
    carol.frozen = False

bob.add_interest(6)
alice.add_interest(3)
bank.report()
print()
for t in sorted(alice.history + bob.history, reverse=True)[:6]:
    print(t)
print(repr(alice), repr(bob))
print(getcontext().prec, Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"))
print(Decimal("19.995").quantize(Decimal("0.01")), Decimal("-0") == 0, Decimal("1E+3").normalize(), Decimal("1000").normalize())
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.000123'):.2e}", format(Decimal("12.5"), "08.3f"))

e = InsufficientFunds(alice, Decimal("99999"))
print(isinstance(e, BankError), e.amount, str(e))
bob.withdraw("1000000")
