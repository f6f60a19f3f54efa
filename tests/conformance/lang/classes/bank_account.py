class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f'{self.owner} has only {self._balance}')
        self._balance -= amount
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return f'Account#{self.id}({self.owner!r}, {self._balance})'


a = Account('ann', 100)
b = Account('bob')
a.deposit(50)
a.withdraw(30)
for action in (lambda: b.withdraw(10), lambda: a.deposit(-5)):
    try:
        action()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(a, b, a.history)
