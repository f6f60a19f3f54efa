# A subclass instance on the right of a binary operator goes first only when its class
# overrides the reflected method (method_is_overloaded); comparisons always try it first.
class V:
    def __init__(self, n): self.n = n
    def __add__(self, o): print("V.__add__", type(self).__name__, type(o).__name__); return V(self.n + o.n)
    def __radd__(self, o): print("V.__radd__", type(self).__name__, type(o).__name__); return V(self.n + o.n)
    def __lt__(self, o): print("V.__lt__"); return True
    def __gt__(self, o): print("V.__gt__"); return False
class W(V):
    pass
class X(V):
    def __radd__(self, o): print("X.__radd__"); return 0
    def __gt__(self, o): print("X.__gt__"); return True
V(1) + W(2)
V(1) + X(2)
W(1) + V(2)
print(V(1) < W(2))
print(V(1) < X(2))
import collections


class Sub(collections.ChainMap):
    pass


print(type(collections.ChainMap() | Sub()).__name__, type(Sub() | collections.ChainMap()).__name__)


class NI(V):
    def __add__(self, o):
        print("NI.__add__ -> NotImplemented")
        return NotImplemented


class NJ(NI):
    pass


NI(1) + NJ(2)


class MyInt(int):
    def __radd__(self, o):
        print("MyInt.__radd__")
        return MyInt(int(self) + o)


class MyInt2(MyInt):
    pass


print(type(3 + MyInt(1)).__name__, type(MyInt(1) + MyInt2(2)).__name__)
