# getrefcount in loops, comprehensions, unpacking, sets, exceptions, repeats and copies.
import sys
x = object()
for i in range(3):
    print("loop", i, sys.getrefcount(x))
items = [object() for _ in range(3)]
for it in items:
    print("loop var", sys.getrefcount(it))
print("after loop var stays", sys.getrefcount(items[-1]))
print([sys.getrefcount(e) for e in items])
print(list(map(sys.getrefcount, items)))
gen = (sys.getrefcount(e) for e in items)
print(list(gen))
a = b = c = object()
print("chained assignment", sys.getrefcount(a))
p, q = x, x
print("tuple unpack", sys.getrefcount(x))
s = {x}
print("in set", sys.getrefcount(x))
fs = frozenset([x])
print("in frozenset", sys.getrefcount(x))
try:
    raise ValueError(x)
except ValueError as e:
    print("in exception args", sys.getrefcount(x))
print("after except", sys.getrefcount(x))
def kw(a, *, b):
    return sys.getrefcount(b)
print("kwonly", kw(1, b=x))
w = [x] * 4
print("list repeat", sys.getrefcount(x))
w2 = w[:]
print("slice copy", sys.getrefcount(x))
w3 = w + w
print("concat", sys.getrefcount(x))
del w, w2, w3
print("freed", sys.getrefcount(x))
