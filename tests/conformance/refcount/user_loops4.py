import sys
class T:
    pass
t = T()
b = sys.getrefcount(t)
def r(): return sys.getrefcount(t) - b

d = {"k": t}
for k, v in d.items():
    print("items loop", r())
for v in d.values():
    print("values loop", r())
print("after loops", r())
del v
lst = [t, t]
for i, x in enumerate(lst):
    print("enumerate", i, r())
for x, y in zip(lst, lst):
    print("zip", r())
del x, y
for pair in zip(lst, [1, 2]):
    print("zip pair kept", r(), sys.getrefcount(pair))
del pair
it = iter(lst)
print("iter", r())
first = next(it)
print("next", r())
del first, it
print("del iter", r())
print("in", t in lst, r())
a, b2 = lst
print("unpack", r())
del a, b2
[c, *rest] = lst
print("star", r(), len(rest))
del c, rest
s = {t}
print("set", r())
fs = frozenset(s)
print("frozenset copy", r())
del s, fs
g = (x for x in lst)
print("genexpr created", r())
print("genexpr first", next(g) is t, r())
del g
print("genexpr dropped", r())
sq = [y for y in lst]
print("listcomp", r())
del sq
rv = reversed(lst)
print("reversed", r(), next(rv) is t, r())
del rv
srt = sorted(lst, key=id)
print("sorted", r())
del srt
mx = max(lst, key=id)
print("max", r())
del mx
del lst
print("end", r())
import copy
lst = [t]
sh = copy.copy(lst)
dp = copy.deepcopy(lst)
print("copy", r(), dp[0] is t)
