import inspect
class S:
    def __init__(self): pass
    def m(self): pass
    def __repr__(self): pass
    def __eq__(self, o): pass
class T(S):
    def m(self): pass
print(repr(object.__init__.__doc__), repr(object.__repr__.__doc__), repr(object.__eq__.__doc__))
print(repr(inspect.getdoc(S.__init__)), repr(inspect.getdoc(S.m)), repr(inspect.getdoc(S.__repr__)), repr(inspect.getdoc(S.__eq__)))
class A:
    def f(self):
        "A's f doc"
class B(A):
    def f(self): pass
print(repr(inspect.getdoc(B.f)), repr(inspect.getdoc(B().f)))
print(repr(inspect.getdoc(B)), repr(inspect.getdoc(int)), repr(inspect.getdoc(len)))
