import sys, copy
class Item:
    pass
it = Item()
box = [it, it]
print("base", sys.getrefcount(it))
shallow = copy.copy(box)
print("shallow copy", sys.getrefcount(it))
deep = copy.deepcopy(box)
print("deep copy", sys.getrefcount(it), deep[0] is deep[1], deep[0] is it)
sl = box[:]
print("slice copy", sys.getrefcount(it))
lst2 = list(box)
print("list()", sys.getrefcount(it))
tup = tuple(box)
print("tuple()", sys.getrefcount(it))
del shallow, deep, sl, lst2, tup
print("after dels", sys.getrefcount(it))
def star(*args):
    return sys.getrefcount(args[0])
print("star call", star(it), star(*box))
def kw(**kwargs):
    return sys.getrefcount(kwargs["k"])
print("kw call", kw(k=it), kw(**{"k": it}))
class CM:
    def __enter__(self): return it
    def __exit__(self, *a): return False
with CM() as target:
    print("with target", sys.getrefcount(it))
print("after with", sys.getrefcount(it))
del target
try:
    raise KeyError(it)
except KeyError as e:
    print("in except", sys.getrefcount(it))
print("after except", sys.getrefcount(it))
G = None
def set_global():
    global G
    G = it
set_global()
print("global set", sys.getrefcount(it))
G = None
x = [it]
x *= 3
print("list *= 3", sys.getrefcount(it))
x += [it]
print("list += [it]", sys.getrefcount(it))
x = None
m = {it: it}
print("key and value", sys.getrefcount(it))
m = None
y = z = w = it
print("chained assign", sys.getrefcount(it))
del y, z, w
a, b = it, it
print("tuple unpack", sys.getrefcount(it))
del a, b
first, *rest = [it, it, it]
print("star unpack", sys.getrefcount(it), len(rest))
del first, rest
print("ternary", sys.getrefcount(it if True else None))
print("walrus", sys.getrefcount((v := it)))
del v
f = lambda: it
print("lambda global", sys.getrefcount(it))
print("zip", [sys.getrefcount(p) for p, q in zip(box, box)])
print("enumerate", [sys.getrefcount(p) for i, p in enumerate(box)])
print("final", sys.getrefcount(it))
