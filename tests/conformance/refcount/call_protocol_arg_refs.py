import sys
class T: pass
t = T()
base = sys.getrefcount(t)
class A:
    def __init__(self, x): print("init", sys.getrefcount(x) - base)
class B:
    def __new__(cls, x):
        print("new", sys.getrefcount(x) - base)
        return super().__new__(cls)
    def __init__(self, x): print("init2", sys.getrefcount(x) - base)
class C:
    def __call__(self, x): print("call", sys.getrefcount(x) - base)
class M(type):
    def __call__(cls, x):
        print("metacall", sys.getrefcount(x) - base)
        return super().__call__(x)
class D(metaclass=M):
    def __init__(self, x): print("init3", sys.getrefcount(x) - base)
A(t); B(t); C()(t); D(t)
A(x=t); C()(x=t)
class E(Exception):
    def __init__(self, x): print("exc init", sys.getrefcount(x) - base)
E(t)
class L(list):
    def __init__(self, x): print("list sub init", sys.getrefcount(x) - base)
L(t)
def f(x): print("f", sys.getrefcount(x) - base)
f(t)
import functools
@functools.wraps(f)
def g(*a): return f(*a)
g(t)
def deco(fn):
    def wrapper(*args, **kw):
        return fn(*args, **kw)
    return wrapper
@deco
def h(x): print("decorated", sys.getrefcount(x) - base)
h(t)
list(map(f, [t]))
list(filter(lambda x: print("filter", sys.getrefcount(x) - base), [t]))
sorted([t, t], key=lambda x: print("key", sys.getrefcount(x) - base) or 0)
import itertools
list(itertools.starmap(f, [(t,)]))
class K:
    def m(self, x):
        print("bound via map", sys.getrefcount(x) - base, sys.getrefcount(self) > 1)
        return x
k = K()
print(list(map(k.m, [t])) == [t], list(map(sys.getrefcount, [t, t])))
print([sys.getrefcount(x) - base for x in map(lambda v: v, [t])])
