# Where exactly RecursionError strikes, and with which message: a Python call needs one
# level; str() of an int, an f-string or a str(list) one more ("while getting the str/repr
# of an object"); repr() of an int two; print() two ("while calling a Python object"); a
# comparison whose result is a value one ("in comparison"), one before a jump none.
import sys


def deepest(action):
    """The deepest frame (the module's is 1) at which action still runs, and the error past it."""
    def down(n, target):
        if n < target:
            return down(n + 1, target)
        action(n)
        return True
    best = 0
    for target in range(985, 1001):
        try:
            down(2, target)
            best = target
        except RecursionError as e:
            return best, str(e)
    return best, None


class WithStr:
    def __str__(self):
        return "s"


class WithRepr:
    def __repr__(self):
        return "r"


actions = {
    "nothing": lambda n: None,
    "str(int)": lambda n: str(n),
    "repr(int)": lambda n: repr(n),
    "print(int)": lambda n: print(n, end=" "),
    "print(str)": lambda n: print("x", end=""),
    "f-string": lambda n: f"{n}",
    "str(float)": lambda n: str(1.5),
    "str(__str__)": lambda n: str(WithStr()),
    "str(__repr__)": lambda n: str(WithRepr()),
    "repr(__repr__)": lambda n: repr(WithRepr()),
    "str(list)": lambda n: str([1]),
    "repr(list)": lambda n: repr([1]),
    "abs": lambda n: abs(n),
    "hash": lambda n: hash(n),
    "len": lambda n: len("ab"),
    "isinstance": lambda n: isinstance(n, int),
    "n == 1 (a value)": lambda n: n == 1,
    "n < 1.5 (a value)": lambda n: n < 1.5,
    "if n == 1 (a jump)": lambda n: 1 if n == 1 else 0,
}
for name, action in actions.items():
    depth, error = deepest(action)
    print()
    print(f"{name}: {depth} {error}")


def count(n):
    print(n)
    count(n + 1)


try:
    count(0)
except RecursionError as e:
    print("stopped:", e)
sys.setrecursionlimit(200)
try:
    count(0)
except RecursionError as e:
    print("stopped:", e)
