# sys.getrefcount deltas through iterators, views, descriptors, exec, type() classes and generators.
import sys, itertools, functools, operator

class Obj:
    pass

o = Obj()
base = sys.getrefcount(o)

def delta(label, holder=None):
    print(f"{label:<40}{sys.getrefcount(o) - base:>+4}")

m = map(id, [o])
delta("map over [o]")
f = filter(None, [o, o])
delta("filter over [o, o]")
z = zip([o], [o])
delta("zip of two lists")
e = enumerate([o])
delta("enumerate")
del m, f, z, e
delta("all dropped")

it = iter([o, o, o])
next(it)
delta("list iterator, one consumed")
del it
ch = itertools.chain([o], (o,))
delta("itertools.chain")
del ch
rep = itertools.repeat(o, 3)
delta("itertools.repeat")
del rep

d = {"k": o}
kv = d.values()
delta("dict + values view")
items = list(d.items())
delta("list(d.items())")
del d, kv, items
delta("dropped")

class Desc:
    def __get__(self, inst, owner):
        return o
class User:
    attr = Desc()
u = User()
v = u.attr
delta("descriptor result stored")
del v

class WithProp:
    @property
    def p(self):
        return o
w = WithProp()
vals = [w.p for _ in range(3)]
delta("property results in a list x3")
del vals

def fwd(*args, **kwargs):
    return sys.getrefcount(o) - base
print("inside fwd(o, k=o):", fwd(o, k=o))
print("inside fwd(*[o]):", fwd(*[o]))

sortd = sorted([o], key=id)
delta("sorted([o])")
mx = max([o], key=id)
delta("max result")
del sortd, mx

ns = {}
exec("x = o", {"o": o}, ns)
delta("exec stored in ns")
del ns

g = globals()
delta("globals() (no copy)")
del g

cls = type("Dyn", (), {"held": o})
delta("class attribute of a type() class")
del cls
import gc; gc.collect()
delta("type() class collected")

s = {o}
fs = frozenset(s)
delta("set and frozenset")
del s, fs

t = (o,) * 4
delta("tuple repeat x4")
l = [o] * 3 + [o]
delta("+ list repeat and concat")
del t, l

def gen():
    yield o
    yield o
gg = gen()
delta("generator created")
first = next(gg)
delta("first yielded value held")
gg.close()
del first, gg
delta("closed")

print("counts of constants:")
for name, val in [("None", None), ("True", True), ("False", False), ("Ellipsis", ...), ("empty str", ""), ("empty tuple", ())]:
    print(f"  {name:<12} large: {sys.getrefcount(val) > 100}")
print("1-char str is large:", sys.getrefcount("a") > 1000000)
print("small int 0 is large:", sys.getrefcount(0) > 1000000)
big = int("12345678901234567890")
print("parsed big int:", sys.getrefcount(big))
