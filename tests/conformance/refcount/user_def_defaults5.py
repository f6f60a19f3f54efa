# Defaults and annotations of a def are referenced once each and released with the function.
import sys
o = object()
b = sys.getrefcount(o)
def f(*, kw=o):
    return kw
print("kwonly def", sys.getrefcount(o) - b)
del f
print("deleted", sys.getrefcount(o) - b)
def g(a, b=o):
    return a
print("pos def", sys.getrefcount(o) - b)
del g
print("deleted", sys.getrefcount(o) - b)
def h(*, kw=o, kw2=o):
    pass
print("kwonly 2", sys.getrefcount(o) - b, sorted(h.__kwdefaults__))
del h
print("deleted", sys.getrefcount(o) - b)
def mk():
    def inner(*, k=o):
        return k
    return inner
i = mk()
print("nested kwonly", sys.getrefcount(o) - b)
del i
print("deleted", sys.getrefcount(o) - b)
class K: pass
b = sys.getrefcount(K)
def f(x: K) -> K: pass
print(sys.getrefcount(K) - b)
del f
print(sys.getrefcount(K) - b)
for i in range(3):
    def g(*, a: K = K()) -> K: pass
print(sys.getrefcount(K) - b)
del g
print(sys.getrefcount(K) - b)
