# Inside a dunder called by an operator, the operands are held by the caller's value stack
# as well as by their variables; sys.getrefcount shows it.
import sys


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("add", sys.getrefcount(self), sys.getrefcount(other))
        return V(self.n + other.n)

    def __lt__(self, other):
        print("lt", sys.getrefcount(self), sys.getrefcount(other))
        return self.n < other.n

    def __bool__(self):
        print("bool", sys.getrefcount(self))
        return self.n != 0


def f():
    a = V(1)
    b = V(2)
    c = a + b
    if a < b:
        print("a < b")
    if a:
        print("a true")
    while not c:
        break
    d = a + V(5)
    print(d.n, a is not b, 3 < 4 <= 4)
    x = 7
    y = x - 2
    print(y, y * 3 % 4, -y // 2, x & 3 | 8 ^ 1)
    if x is not None and y > 1 or x:
        print("and/or")
    return c


print(f().n)
