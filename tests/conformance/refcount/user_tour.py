# sys.getrefcount of one object through aliases, containers, calls, instances, bound methods, iterators, cells.
import sys
class Obj: pass
o = Obj()
print("fresh local", sys.getrefcount(o))
alias = o
print("with alias", sys.getrefcount(o))
lst = [o, o, o]
print("in list x3", sys.getrefcount(o))
d = {"k": o}
print("as dict value", sys.getrefcount(o))
t = (o,)
print("in tuple", sys.getrefcount(o))
del lst, d, t, alias
print("after dels", sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print("inside function", f(o))
def g(*args):
    return sys.getrefcount(args[0])
print("through *args", g(o))
def h(**kw):
    return sys.getrefcount(kw["x"])
print("through **kw", h(x=o))
class Holder:
    def __init__(self, v):
        self.v = v
hs = [Holder(o) for _ in range(5)]
print("held by 5 instances", sys.getrefcount(o))
hs.clear()
print("after clear", sys.getrefcount(o))
m = o.__init__
print("bound method doesn't hold o? ", sys.getrefcount(o))
class M:
    def meth(self): return sys.getrefcount(self)
mm = M()
print("self inside method", mm.meth())
bm = mm.meth
print("bound method holds self", sys.getrefcount(mm))
del bm
print(sys.getrefcount(mm))
print("class", sys.getrefcount(M) >= 3)
it = iter([o])
print("iterator holds list", sys.getrefcount(o))
next(it)
print("after next", sys.getrefcount(o))
lam = lambda: o
print("closure over global", sys.getrefcount(o))
def outer():
    local = Obj()
    def inner():
        return local
    return sys.getrefcount(local), inner
c, fn = outer()
print("cell ref", c, sys.getrefcount(fn()))
