from typing import List, Optional, get_type_hints
def f(a: int, b: 'str' = 'x', *args: float, c: List[int] = None, **kw: bool) -> Optional[int]:
    return None
print(f.__annotations__)
def g(x, y=1): pass
print(g.__annotations__, (lambda q: q).__annotations__)
g.__annotations__ = {'x': int}; print(g.__annotations__)
print(get_type_hints(f))
class A:
    def m(self, other: 'A') -> 'A': return self
print(get_type_hints(A.m, globals()))
order = []
def ann(name):
    order.append(name); return name
def h(p: ann('p'), q: ann('q') = ann('default'), *, r: ann('r')) -> ann('ret'): pass
print(order, h.__annotations__)
try:
    def bad(x: Undefined): pass
except NameError as e:
    print(e)
