import gc
class Sup(super):
    def describe(self):
        return f'Sup over {self.__thisclass__.__name__}'
class P:
    def hi(self): return 'P.hi'
    @classmethod
    def make(cls): return cls.__name__
class Q(P):
    def hi(self): return 'Q>' + Sup(Q, self).hi()
    @classmethod
    def make(cls): return 'Q>' + Sup(Q, cls).make()
print(Q().hi(), Q.make())
s = Sup(Q, Q())
print(s.describe(), s.__self_class__.__name__, type(s).__name__, isinstance(s, super), s.__class__.__name__)
print(type(Sup(Q)).__name__, Sup(Q).__self__)
try:
    Sup(1, 2)
except TypeError as e:
    print(e)
try:
    Sup(Q, 5)
except TypeError as e:
    print(e)
class Node:
    def __init__(self): self.s = Sup(Node, self)
for _ in range(3): Node()
print(gc.collect() >= 0)
