import sys

def rc(x):
    # getrefcount inside a function: +1 for the arg, +1 for getrefcount's arg
    return sys.getrefcount(x)

class Thing:
    shared = None
    def __init__(self, name):
        self.name = name
    def method(self):
        return sys.getrefcount(self)
    def __repr__(self):
        return f"Thing({self.name!r})"

t = Thing("a")
print("module global:", sys.getrefcount(t))
print("via function:", rc(t))
print("via method:", t.method())
bm = t.method
print("after bound method:", sys.getrefcount(t))
del bm
print("after del bound method:", sys.getrefcount(t))

Thing.shared = t
print("class attribute:", sys.getrefcount(t))
Thing.shared = None

lst = [t, t, t]
print("in list x3:", sys.getrefcount(t))
tup = (t, lst)
print("in tuple:", sys.getrefcount(t), sys.getrefcount(lst))
d = {"k": t, t.name: t}
print("dict values:", sys.getrefcount(t))
del lst, tup, d
print("after del containers:", sys.getrefcount(t))

# closures and cells
def make_closure(obj):
    def inner():
        return obj
    return inner
f = make_closure(t)
print("captured in cell:", sys.getrefcount(t))
print("cell contents same:", f.__closure__[0].cell_contents is t)
print("cell refcount:", sys.getrefcount(f.__closure__[0]))
del f
print("closure freed:", sys.getrefcount(t))

# default arguments
def with_default(x=t):
    return x
print("default arg:", sys.getrefcount(t))
print("defaults tuple:", with_default.__defaults__[0] is t)
del with_default
print("after del func:", sys.getrefcount(t))

# comprehension
objs = [t for _ in range(5)]
print("list comp:", sys.getrefcount(t))
dd = {i: t for i in range(3)}
print("dict comp:", sys.getrefcount(t))
del objs, dd
print("after comps:", sys.getrefcount(t))

# generators holding references
def gen(o):
    yield 1
    yield o
g = gen(t)
print("gen created:", sys.getrefcount(t))
next(g)
print("gen suspended:", sys.getrefcount(t))
next(g)
print("gen yielded o:", sys.getrefcount(t))
for _ in g: pass
print("gen exhausted:", sys.getrefcount(t))
del g

# except as e
try:
    raise ValueError(t)
except ValueError as e:
    print("in except:", sys.getrefcount(t), sys.getrefcount(e))
print("after except:", sys.getrefcount(t))
print("e deleted:", 'e' in globals())

# with target
class CM:
    def __init__(self, o): self.o = o
    def __enter__(self): return self.o
    def __exit__(self, *a): return False
with CM(t) as target:
    print("with target:", sys.getrefcount(t))
print("after with:", sys.getrefcount(t))
del target
print("target deleted:", sys.getrefcount(t))

# star unpacking
first, *rest = [t, t, t, t]
print("star unpack:", sys.getrefcount(t), len(rest))
del first, rest
print("after unpack:", sys.getrefcount(t))

# slices
big = [t] * 10
print("repeat list:", sys.getrefcount(t))
part = big[2:5]
print("slice:", sys.getrefcount(t))
del big[:8]
print("del slice:", sys.getrefcount(t), len(big))
del big, part
print("after slices:", sys.getrefcount(t))

# iterators
src = [t, Thing("b")]
it = iter(src)
print("iter holds list:", sys.getrefcount(src))
r = reversed(src)
print("reversed holds list:", sys.getrefcount(src))
s = sorted(src, key=lambda x: x.name)
print("sorted copy:", sys.getrefcount(t))
del it, r, s
print("after iters:", sys.getrefcount(src), sys.getrefcount(t))
del src

# del in loops
items = [Thing(str(i)) for i in range(3)]
for x in items:
    print(x, sys.getrefcount(x))
print("loop var survives:", sys.getrefcount(x))
del x
for i in range(len(items)):
    print(i, sys.getrefcount(items[i]))

# locals snapshot
def loc():
    a = t
    snap = locals()
    return sys.getrefcount(t), len(snap)
print("locals snapshot:", loc())
print("after locals:", sys.getrefcount(t))

# super objects
class Base:
    def who(self):
        return sys.getrefcount(self)
class Child(Base):
    def who(self):
        s = super()
        print("  super holds self:", sys.getrefcount(self))
        return super().who()
c = Child("c") if False else Child()
print("super:", c.who())
print("c after:", sys.getrefcount(c))

# small ints and strings
print(sys.getrefcount(1000000) , sys.getrefcount("unique-string-xyz"))
big_int = 10**20
print("big int:", sys.getrefcount(big_int))
