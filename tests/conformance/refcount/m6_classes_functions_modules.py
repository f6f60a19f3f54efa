import sys
class C:
    def method(self): pass
    @classmethod
    def cm(cls): return sys.getrefcount(cls)
    @staticmethod
    def sm(): pass
print("class fresh", sys.getrefcount(C))
objs = [C() for _ in range(10)]
print("10 instances", sys.getrefcount(C))
del objs
print("instances gone", sys.getrefcount(C))
class D(C): pass
print("subclass", sys.getrefcount(C))
print("classmethod call", C.cm())
m = C().method
print("bound method", sys.getrefcount(C))
print("function in class dict", sys.getrefcount(C.__dict__["method"]))
f = C.method
print("plain function ref", sys.getrefcount(f))
def func(): pass
print("function", sys.getrefcount(func))
g = func
print("alias", sys.getrefcount(func))
funcs = {"f": func}
print("in dict", sys.getrefcount(func))
import types
mod = types.ModuleType("mymod")
print("module", sys.getrefcount(mod))
sys.modules["mymod"] = mod
print("in sys.modules", sys.getrefcount(mod))
del sys.modules["mymod"]
print("removed", sys.getrefcount(mod))
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print("metaclass", sys.getrefcount(Meta), sys.getrefcount(WithMeta))
x = WithMeta()
print("meta inst", sys.getrefcount(WithMeta))
def deco(fn):
    return fn
@deco
def decorated(): pass
print("decorated", sys.getrefcount(decorated))
def outer():
    v = []
    def a(): return v
    def b(): return v
    return a, b, sys.getrefcount(v)
a, b, n = outer()
print("cell shared", n, sys.getrefcount(a.__closure__[0]), sys.getrefcount(a.__closure__[0].cell_contents))
try:
    raise ValueError("x")
except ValueError as e:
    print("exception in handler", sys.getrefcount(e))
prop = property(lambda self: 1)
print("property", sys.getrefcount(prop))
class P:
    x = prop
print("property in class", sys.getrefcount(prop))
