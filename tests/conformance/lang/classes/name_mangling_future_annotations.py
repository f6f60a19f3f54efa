from __future__ import annotations
class A:
    __T = int
    x: __T = 1
    def f(self, a: __T, *, b: list[__T] = None) -> __T: ...
print(A.__annotations__, A.f.__annotations__)
class B:
    __U = str
    y: __U = 'y'
    def g(self, __p: __U) -> None: ...
print(B.__annotations__, B.g.__annotations__, B.g.__code__.co_varnames)
