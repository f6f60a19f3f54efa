import sys
rc = sys.getrefcount

class V:
    pass

v = V()
items = [v, v, v]
print("start", rc(v))
for x in items:
    print(" in for", rc(v))
print("after for (x bound)", rc(v))
del x
for i, x in enumerate(items):
    print(" enumerate", i, rc(v))
    break
del x
for a, b in zip(items, items):
    print(" zip", rc(v))
    break
del a, b
d = {"k": v}
for k, val in d.items():
    print(" dict items", rc(v))
del k, val
for val in d.values():
    print(" dict values", rc(v))
del val
it = iter(items)
print("iterator made", rc(v), rc(items))
first = next(it)
print("after next", rc(v))
del first, it
print("iterator gone", rc(items))
s = sorted(items, key=id)
print("sorted copy", rc(v))
del s
r = list(reversed(items))
print("reversed copy", rc(v))
del r
m = max(items, key=lambda o: 0)
print("max result", rc(v))
del m
res = [o for o in items]
print("comprehension list", rc(v))
del res
g = (o for o in items)
print("genexp made", rc(v), rc(items))
nxt = next(g)
print("genexp advanced", rc(v))
del g, nxt
print("genexp gone", rc(v), rc(items))
def gen():
    for o in items:
        yield o
gg = gen()
y = next(gg)
print("generator suspended", rc(v))
del y
gg.close()
print("generator closed", rc(v))
unpacked = [*items]
print("star unpack", rc(v))
del unpacked
first, *rest = items
print("starred assignment", rc(v))
del first, rest
t = tuple(items)
print("tuple(items)", rc(v))
st = {id(o): o for o in items}
print("dict comp dedup", rc(v), len(st))
del t, st
print("map object", rc(v))
mp = map(lambda o: o, items)
out = list(mp)
print("map consumed", rc(v))
del mp, out
fl = list(filter(None, items))
print("filter list", rc(v))
del fl
print("end", rc(v), rc(items))
