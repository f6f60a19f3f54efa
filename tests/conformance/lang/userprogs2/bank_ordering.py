from functools import total_ordering

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

@total_ordering
class Account:
    _next_id = 1000
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print(f"closing {self.owner}")
        self._balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self._balance!r})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8}|{self._balance:>10,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self._balance, self.owner) == (other._balance, other.owner)

    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self._balance, self.owner) < (other._balance, other.owner)

    def __hash__(self):
        return hash((self.owner, self.id))

    def __bool__(self):
        return self._balance > 0

    def monthly(self):
        self._balance = round(self._balance * (1 + self.interest / 12), 2)


class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("too many withdrawals this month")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        return self

    def __repr__(self):
        return super().__repr__()[:-1] + f", overdraft={self.overdraft})"


accts = [Savings("ann", 1200), Checking("bob", 50), Account("cy", 0), Savings("dee", 1200.5), Checking("ed", 50, 10)]
for a in accts:
    print(repr(a), str(a), bool(a))
print(sorted(accts))
print(max(accts), min(accts, key=lambda a: a.owner))
print(accts[1] <= accts[4], accts[1] >= accts[4], accts[1] > accts[2], accts[0] != accts[3])
print(accts[1] == accts[4], accts[1] == "bob")
try:
    accts[0] < 5
except TypeError as e:
    print("TypeError:", e)
a = accts[0]
a.deposit(100).deposit(50)
try:
    a.withdraw(1).withdraw(1).withdraw(1)
except PermissionError as e:
    print(type(e).__name__, e, a.history)
try:
    accts[4].withdraw(100)
except InsufficientFunds as e:
    print(e, e.args, e.needed)
try:
    a.deposit(-3)
except ValueError as e:
    print(e)
try:
    a.balance = -1
except ValueError as e:
    print("setter:", e)
a.balance = 10
print(a.balance)
del a.balance
print(a.balance, a)
for acc in accts:
    acc.monthly()
print([f"{x.balance:.2f}" for x in accts])
print(len({accts[1], accts[1], accts[4]}))
print(Account.__lt__.__qualname__, Account.__le__.__name__, Account.__gt__.__qualname__ if hasattr(Account.__gt__, '__qualname__') else '')
total = sum(x.balance for x in accts)
print(f"{total=:,.3f}", f"{total!r:>20}", f"{'x'!a}", f"{'é'!a}")
print(isinstance(accts[0], Account), issubclass(Checking, Savings), Savings.__mro__)
print(vars(accts[2]))
