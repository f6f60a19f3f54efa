class B:
    pass
B.__new__ = lambda cls, x: object.__new__(cls)
print(type(B(1)).__name__)
del B.__new__
try:
    B(6)
except TypeError as e:
    print(e)
class C:
    def __init__(self, x): self.x = x
C.__new__ = staticmethod(lambda cls, x: object.__new__(cls))
print(C(2).x)
del C.__new__
try:
    print(C(3).x)
except TypeError as e:
    print(e)
class D:
    pass
D.__init__ = lambda self, x: None
D(1)
del D.__init__
try:
    D(6)
except TypeError as e:
    print(e)
class E:
    pass
print(type(E()).__name__)
class F:
    def __new__(cls, *a):
        return super().__new__(cls)
class G(F):
    def __init__(self, v): self.v = v
print(G(5).v)
del F.__new__
try:
    G(6)
except TypeError as e:
    print(e)
