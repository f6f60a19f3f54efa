# Private (name-mangled) attributes in a small class hierarchy.


class Account:
    __count = 0
    __slots__ = ('owner', '__balance', '__history')

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        self.__history = []
        Account.__count += 1

    def __record(self, kind, amount):
        self.__history.append((kind, amount))

    def deposit(self, amount):
        self.__check(amount)
        self.__balance += amount
        self.__record('deposit', amount)

    @staticmethod
    def __check(amount):
        if amount <= 0:
            raise ValueError('amount must be positive')

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count

    def history(self):
        return list(self.__history)


class Savings(Account):
    __slots__ = ('__rate',)

    def __init__(self, owner, balance=0, rate=0.01):
        super().__init__(owner, balance)
        self.__rate = rate

    def add_interest(self):
        interest = round(self.balance * self.__rate, 2)
        self.deposit(interest)
        return interest

    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f'AttributeError: {e}'


a = Account('ann', 10)
a.deposit(5)
s = Savings('bob', 200, rate=0.05)
print(s.add_interest(), s.balance, s.peek())
print(a.balance, a.history(), Account.count())
print(a._Account__balance, s._Savings__rate)
print(sorted(n for n in Account.__dict__ if n.startswith('_Account')))
print([n for n in Savings.__dict__ if 'rate' in n], Account.__slots__)
try:
    a.__balance
except AttributeError as e:
    print('AttributeError:', e)
try:
    a.deposit(-1)
except ValueError as e:
    print('ValueError:', e)


class Widget:
    def __init__(self):
        self.__id = id(self) % 7
        self.__dunder__ = 'kept'

    def method(self):
        def helper():
            return self.__id
        return [helper() == self.__id, (lambda: self.__dunder__)()]


w = Widget()
print(w.method(), sorted(vars(w)))


class _Hidden:
    __secret = 'underscored class'

    def reveal(self):
        return self.__secret


class __Dunder:
    __x = 1


print(_Hidden().reveal(), _Hidden._Hidden__secret, [k for k in vars(__Dunder) if 'x' in k])
