import weakref


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        return self.balance


acc = Account(10)
p = weakref.proxy(acc)
print(p.balance, p.deposit(5))
p.owner = 'ann'
print(acc.owner)
print(type(p).__name__)
del acc
try:
    p.balance
except ReferenceError as e:
    print('ReferenceError:', e)
