"""Verbose testmod over functions, a class and its methods.

>>> fib(10)
55
"""
import doctest


def fib(n):
    """Return the n-th Fibonacci number.

    >>> fib(0)
    0
    >>> fib(1)
    1
    >>> [fib(i) for i in range(8)]
    [0, 1, 1, 2, 3, 5, 8, 13]
    """
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Account:
    """A bank account.

    >>> acc = Account(10)
    >>> acc.deposit(5)
    15
    >>> acc
    Account(15)
    """

    def __init__(self, balance=0):
        self.balance = balance

    def deposit(self, amount):
        """Add amount.

        >>> Account().deposit(3)
        3
        """
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        """Take amount out.

        >>> Account(1).withdraw(5)
        Traceback (most recent call last):
        ...
        ValueError: insufficient funds
        """
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount

    def __repr__(self):
        return f"Account({self.balance})"


def undocumented(x):
    return x


results = doctest.testmod(verbose=True)
print(results)
print(doctest.testmod())
print(doctest.testmod(verbose=False, optionflags=doctest.ELLIPSIS))
print(doctest.testmod(exclude_empty=True, verbose=True).attempted)
