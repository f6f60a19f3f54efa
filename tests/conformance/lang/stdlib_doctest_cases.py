"""Doctest corner cases users write: definitions inside examples, decorators, nested classes."""
import doctest
import functools


def decorate(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@decorate
def doubled(x):
    """
    >>> doubled(4)
    8
    >>> doubled(4)
    9
    """
    return 2 * x


def definitions():
    """
    >>> def helper(n):
    ...     '''inner docstring'''
    ...     if n < 0:
    ...         raise ValueError("negative")
    ...
    ...     return n + 1
    >>> helper(1)
    2
    >>> helper(-1)
    Traceback (most recent call last):
      ...
    ValueError: negative
    >>> class Point:
    ...     def __init__(self, x):
    ...         self.x = x
    ...     def __repr__(self):
    ...         return f"Point({self.x})"
    >>> [Point(i) for i in range(3)]
    [Point(0), Point(1), Point(2)]
    >>> {"b": 2, "a": 1}
    {'b': 2, 'a': 1}
    >>> 0.1 + 0.2
    0.30000000000000004
    >>> x = 10; x
    10
    >>> if x > 5:
    ...     print("big")
    ... else:
    ...     print("small")
    big
    >>> print("Traceback is just text here")
    Traceback is just text here
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> raise KeyError("k")
    Traceback (most recent call last):
    KeyError: 'k'
    >>> raise ValueError("two\\nlines")
    Traceback (most recent call last):
    ValueError: two
    lines
    >>> _ = 5
    >>> "text"
    'text'
    >>> print(_ if False else "under")
    under
    """


class Outer:
    """
    >>> Outer.Inner().value()
    42
    """

    class Inner:
        def value(self):
            """
            >>> Outer.Inner().value() + 1
            43
            """
            return 42

    @classmethod
    def build(cls):
        """
        >>> type(Outer.build()).__name__
        'Outr'
        """
        return cls()


def failing_print():
    """
    >>> print("a\\n\\nb")
    a
    b
    >>> print("   ")
    <BLANKLINE>
    >>> print(1, 2)
    1  2
    """


print(doctest.testmod())
