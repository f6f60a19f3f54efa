# sys.getrefcount through calls, containers, closures, defaults, class attributes, generators,
# except/with targets, unpacking, slices and iterators, bound methods and super().
import sys
import gc

def show(label, obj, extra=""):
    # inside show: +1 for the parameter, +1 for getrefcount's argument
    print(f"{label:<44} {sys.getrefcount(obj):>3} {extra}")

class Payload:
    kind = None
    def __init__(self, name):
        self.name = name
    def method(self):
        return sys.getrefcount(self)
    def __repr__(self):
        return f"Payload({self.name!r})"

p = Payload("p")
show("global bound once", p)
alias = p
show("plus an alias", p)
del alias
show("alias deleted", p)

box = [p, p, p]
show("in a list three times", p)
nested = {"a": [p], "b": (p,), "c": {p}}
show("list+tuple+set in dict", p)
del box, nested
show("containers dropped", p)

def f(x):
    return sys.getrefcount(x)
print("inside a function (arg):", f(p))
def g(*args):
    return sys.getrefcount(args[0])
print("inside *args:", g(p))
def h(**kw):
    return sys.getrefcount(kw["k"])
print("inside **kw:", h(k=p))

def default_holder(x=p):
    return x
show("default argument holds it", p)

def make_closure(v):
    def inner():
        return v
    return inner
c = make_closure(p)
show("captured in a closure cell", p)
print("cell contents is p:", c.__closure__[0].cell_contents is p)
del c
show("closure dropped", p)

Payload.kind = p
show("class attribute", p)
Payload.kind = None

q = Payload("q")
q.friend = p
show("instance attribute", p)
del q
show("instance dropped", p)

squares = [p for _ in range(4)]
show("list comprehension x4", p)
d = {i: p for i in range(3)}
show("dict comprehension x3", p)
del squares, d

def gen():
    local = p
    yield 1
    yield 2
it = gen()
show("generator not started", p)
next(it)
show("generator suspended holding a local", p)
it.close()
show("generator closed", p)
del it

try:
    raise ValueError(p)
except ValueError as e:
    show("in a caught exception's args", p)
show("after except (e deleted)", p)

class Ctx:
    def __enter__(self):
        return p
    def __exit__(self, *a):
        return False
with Ctx() as target:
    show("with target", p)
del target

first, *rest = [p, p, p]
show("star-unpacking", p)
del first, rest

seq = [p, 1, 2, p]
sl = seq[::3]
show("list and a slice of it", p)
srt = sorted(seq, key=id)
show("+ sorted copy", p)
rv = reversed(seq)
show("+ reversed iterator (no copy)", p)
itr = iter(seq)
show("+ iter()", p)
del seq, sl, srt, rv, itr
show("all dropped", p)

for i in range(3):
    tmp = p
    del tmp
show("del in a loop", p)

def with_locals():
    a = p
    snap = locals()
    return sys.getrefcount(p), len(snap)
print("locals() snapshot:", with_locals())

bm = p.method
show("bound method holds self", p)
print("inside a method call:", p.method())
del bm
show("bound method dropped", p)

class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        s = super()
        return sys.getrefcount(self), s.who()
ch = Child()
print("super() inside method:", ch.who())

tbl = []
for label in ["None", "True", "small int 7", "empty tuple"]:
    tbl.append(label)
print("singleton counts are large:", sys.getrefcount(None) > 1000, sys.getrefcount(True) > 100)
x = 1000000007 * 3
print("fresh big int:", sys.getrefcount(x))
s = "".join(["abc", "def"])
print("fresh str:", sys.getrefcount(s))
si = sys.intern(s)
print("interned str same object:", si is s, sys.getrefcount(s))
print("gc tracked payload:", gc.is_tracked(p))
