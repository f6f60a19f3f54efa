import sys
import gc

class A:
    pass
print("plain class", sys.getrefcount(A))
class B(A):
    pass
print("after subclass", sys.getrefcount(A), sys.getrefcount(B))
a = A()
print("after instance", sys.getrefcount(A))
b1, b2 = B(), B()
print("instances of B", sys.getrefcount(B), sys.getrefcount(A))
del a, b1, b2
print("after del instances", sys.getrefcount(A), sys.getrefcount(B))

class S:
    __slots__ = ("x",)
print("slots class", sys.getrefcount(S))
class M:
    def f(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
print("class with methods", sys.getrefcount(M))
m = M()
bm = m.c
print("classmethod bound holds class", sys.getrefcount(M))
del bm
print("f", sys.getrefcount(M.__dict__["f"]), "s", sys.getrefcount(M.__dict__["s"]), "p", sys.getrefcount(M.__dict__["p"]))

def factory():
    class Local:
        pass
    return Local
L = factory()
print("local class", sys.getrefcount(L))
inst = L()
del L
print("instance keeps class", sys.getrefcount(type(inst)))
wr_count_before = len(gc.get_referrers(type(inst)))
print("referrers of class", sorted(type(r).__name__ for r in gc.get_referrers(type(inst))))
del inst
print("collect after dropping class", gc.collect())

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print("metaclass", sys.getrefcount(Meta), sys.getrefcount(WithMeta))

print("instance attr refcounts")
class P:
    def __init__(self):
        self.val = object()
        self.lst = [self.val]
p = P()
print(sys.getrefcount(p), sys.getrefcount(p.val), sys.getrefcount(p.lst))
d = p.__dict__
print("dict materialized", sys.getrefcount(d), sys.getrefcount(p))
p2 = P()
print("no dict yet", sys.getrefcount(p2))
vars(p2)
print("vars made dict", sys.getrefcount(p2.__dict__))
print("types:", sys.getrefcount(P) - sys.getrefcount(A))

print("functions")
def outer():
    x = []
    def inner():
        return x
    return inner, x
fn, x = outer()
print("x held by cell", sys.getrefcount(x), "fn", sys.getrefcount(fn))
print("code", sys.getrefcount(fn.__code__) >= 2, "globals", sys.getrefcount(fn.__globals__) > 3)
import functools
pf = functools.partial(fn)
print("partial", sys.getrefcount(fn))
del pf
print("after partial", sys.getrefcount(fn))
cached = functools.lru_cache(maxsize=None)(lambda n: [n])
r1 = cached(1)
r2 = cached(1)
print("lru_cache keeps result", r1 is r2, sys.getrefcount(r1))
cached.cache_clear()
print("after cache_clear", sys.getrefcount(r1))
