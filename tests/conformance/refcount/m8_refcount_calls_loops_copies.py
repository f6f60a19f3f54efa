import sys, gc
gc.collect()
class Obj: pass
o = Obj()
def gen(x):
    yield sys.getrefcount(x)
    yield sys.getrefcount(o)
print(list(gen(o)))
def star(*args, **kw):
    return sys.getrefcount(args[0]), sys.getrefcount(kw["k"]), sys.getrefcount(args), sys.getrefcount(kw)
print(star(o, k=o))
lst = [o]
print(star(*lst, **{"k": o}))
def deco(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def inner(x):
    return sys.getrefcount(x)
print(inner(o))
print(sys.getrefcount(o))
m = map(sys.getrefcount, [o, o])
print(list(m))
print(sorted([o, o], key=lambda x: sys.getrefcount(x)) == [o, o])
print([sys.getrefcount(x) for x in (o,)], [sys.getrefcount(x) for x in [o]], [sys.getrefcount(x) for x in {o}])
d = {o: o}
print(sys.getrefcount(o))
for k, v in d.items():
    print(sys.getrefcount(o))
for k in d:
    print(sys.getrefcount(o))
print(sys.getrefcount(o))
x, y = o, o
print(sys.getrefcount(o))
del x, y, d
print(sys.getrefcount(o))
t = (o,) * 3
print(sys.getrefcount(o))
del t
ol = [o] * 3
print(sys.getrefcount(o))
ol2 = ol[:]
print(sys.getrefcount(o))
ol3 = ol + ol
print(sys.getrefcount(o))
del ol, ol2, ol3
print(sys.getrefcount(o))
import copy
c = copy.copy([o])
dc = copy.deepcopy([o])
print(sys.getrefcount(o), dc[0] is o)
