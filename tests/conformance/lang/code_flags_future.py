# code.co_flags of functions, generators, lambdas, comprehensions and methods, nested or not, under PEP 563.
from __future__ import annotations

def f(a, *b, **c): pass
def g():
    def h(): yield
    class K:
        def m(self): pass
        def n(self): return (y for y in ())
    return h, (x for x in ()), lambda: 0, K.m, K().n()
class C:
    def m(self): pass
    def gen(self): yield 1
def plain(): pass
print(f.__code__.co_flags, plain.__code__.co_flags, C.m.__code__.co_flags, C.gen.__code__.co_flags)
print([x.__code__.co_flags if hasattr(x, '__code__') else x.gi_code.co_flags for x in g()])
print((lambda *a: 0).__code__.co_flags, (x for x in ()).gi_code.co_flags)

print(bool(C.gen.__code__.co_flags & 0x20))
