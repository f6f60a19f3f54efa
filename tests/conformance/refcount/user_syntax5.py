# Refcounts through match captures, walrus, unpacking, except chains, defaults (keyword-only ones
# and annotations are held once by the function), comprehensions, slices and assert messages.
import sys

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

o = object()
base = sys.getrefcount(o)
def d(label):
    print(f"{label:<36}{sys.getrefcount(o) - base:>+4}")

p = Point(o, 1)
d("attribute of Point")
match p:
    case Point(x=val, y=1):
        d("match capture bound")
d("after match (val still bound)")
del val
match [o, o]:
    case [first, *rest]:
        d("sequence pattern with star")
del first, rest
match {"k": o}:
    case {"k": got, **others}:
        d("mapping pattern")
del got, others
if (w := o) is not None:
    d("walrus binding")
del w
s = f"{o!r:>0}"
d("f-string (no ref kept)")
lst = [o]
a, = lst
d("single unpack")
del a
(b, c), e = (o, o), o
d("nested unpack")
del b, c, e
x = y = z = o
d("chained assignment")
del x, y, z
try:
    raise ValueError(o)
except ValueError as err:
    d("exception arg + bound name")
d("after except")
try:
    try:
        raise KeyError(o)
    except KeyError:
        raise ValueError("wrapped")
except ValueError as err2:
    d("context chain")
    ctx = err2.__context__
d("context kept via ctx")
del ctx
d("context dropped")
def f(*, kw=o):
    return kw
d("kw-only default")
def g(a, /, b=o):
    return a
d("+ positional default")
lam = lambda q=o: q
d("+ lambda default")
del f, g, lam
d("functions dropped")
glob = [o for _ in range(2)]
nested = [[o] * 2 for _ in range(2)]
d("nested comprehension")
del glob, nested
gen_sum = sum(1 for v in [o, o] if v is o)
d("generator expression consumed")
sl = [o, o, o][1:]
d("slice result")
del sl
t = (o,)
tt = t + t
d("tuple concat")
del t, tt
dd = dict.fromkeys([1, 2], o)
d("dict.fromkeys value")
dd2 = {**dd}
d("dict unpack copy")
del dd, dd2
s2 = {o} | {o}
d("set union")
del s2
print("assert with message:")
try:
    assert o is None, o
except AssertionError as ae:
    d("assertion carries o")
    del ae
d("after")
