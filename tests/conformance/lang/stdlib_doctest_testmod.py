"""A course-style module whose docstrings hold examples; some pass, some fail.

>>> square(3)
9
"""


def square(x):
    """Return x squared.

    >>> square(2)
    4
    >>> square(-3)
    9
    >>> [square(n) for n in range(4)]
    [0, 1, 4, 9]
    """
    return x * x


def wrong(n):
    """An example whose expected output is wrong.

    >>> wrong(2)
    5
    >>> wrong(0)
    0
    """
    return n * 2


def prints(words):
    """Output printed by the example, blank lines and None results.

    >>> prints(["a", "b"])
    a
    b
    >>> prints([])
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> None
    >>> total = 0
    >>> for i in range(3):
    ...     total += i
    >>> total
    3
    >>> print("no newline", end="")
    no newline
    """
    for w in words:
        print(w)


def raises(value):
    """Expected exceptions, matched on their last line.

    >>> raises(0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> raises("a")
    Traceback (most recent call last):
      File "<stdin>", line 1, in ?
    TypeError: unsupported operand type(s) for /: 'int' and 'str'
    >>> raises(0)
    Traceback (most recent call last):
    ValueError: wrong kind
    >>> int("x")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> undefined_name
    Traceback (most recent call last):
    NameError: name 'undefined_name' is not defined
    """
    return 1 / value


def unexpected():
    """An example raising where nothing was expected.

    >>> unexpected()
    'done'
    >>> {}["missing"]
    """
    raise RuntimeError("boom")


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.items
    [1, 2]
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push x.

        >>> Stack().push(5) is None
        True
        """
        self.items.append(x)

    def pop(self):
        """Pop the top.

        >>> s = Stack(); s.push(7); s.pop()
        8
        """
        return self.items.pop()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)

    @staticmethod
    def helper():
        """
        >>> Stack.helper()
        'help'
        """
        return "help"


def no_examples():
    """This docstring has no examples."""


__test__ = {"extra": """
>>> 1 + 1
2
>>> square(4)
15
"""}

if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result, result.failed, result.attempted, type(result).__name__)
    print(doctest.testmod(report=False))
