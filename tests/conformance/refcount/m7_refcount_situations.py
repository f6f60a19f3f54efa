import sys
rc = sys.getrefcount

class K:
    attr = None
    def meth(self):
        return rc(self)

o = K()
print("fresh", rc(o))
lst = [o]
print("in list", rc(o))
lst.append(o)
print("twice in list", rc(o))
d = {"v": o}
print("dict value", rc(o))
d2 = {o: 1}
print("dict key", rc(o))
s = {o}
print("set", rc(o))
del lst, d, d2, s
print("after del", rc(o))

def f(arg):
    return rc(arg)
print("as argument", f(o))
def g(*args):
    return rc(args[0])
print("via *args", g(o))
def h(**kw):
    return rc(kw["a"])
print("via **kw", h(a=o))
print("method self", o.meth())
bm = o.meth
print("bound method holds", rc(o))
del bm
K.attr = o
print("class attribute", rc(o))
K.attr = None

def outer():
    cell = o
    def inner():
        return cell
    return inner
fn = outer()
print("closure cell", rc(o))
del fn
def with_default(x=o):
    return x
print("default arg", rc(o))
del with_default

for item in [o]:
    print("loop variable", rc(o))
print("after loop (item still bound)", rc(o))
del item
print("in comprehension", [rc(o) for _ in range(1)])
print("generator expr", list(rc(o) for _ in range(1)))
it = iter([o, o])
print("list iterator", rc(o))
next(it)
print("after next (returned value dropped)", rc(o))
del it

print("None > 1000:", rc(None) > 1000)
print("small int > 100:", rc(1) > 100)
print("True > 100:", rc(True) > 100)
big = 123456789
print("big const", rc(big))
s = "unique_string_for_test"
print("str const", rc(s))
s2 = "".join(["zq_unusual_", "name_42"])
print("built str", rc(s2))
i2 = sys.intern(s2)
print("interned", rc(s2), i2 is s2)
t = (1, 2, 3)
print("tuple const", rc(t))
n = int("99999")
print("runtime int", rc(n))
f1 = 1.5
print("float const", rc(f1))
f2 = float("2.5")
print("runtime float", rc(f2))
global_obj = K()
def reader():
    return rc(global_obj)
print("global read in function", reader())
import __main__
print("via __main__ attribute", rc(__main__.global_obj))
print("via globals()", rc(globals()["global_obj"]))
print("getrefcount of big result", rc(rc(o) + 10**6))
print("type object", rc(K) > 3)
print("instances bump class?", (lambda before: (K(), rc(K) - before)[1])(rc(K)))
x = K()
y = x
z = [x, y]
print("aliases", rc(x))
z.clear()
del y
print("after clear", rc(x))
a = b = c = x
print("chained assign", rc(x))
del a, b, c
e = [x] * 5
print("list * 5", rc(x))
e = e * 2
print("list * 2 again", rc(x))
del e
tt = (x,) * 3
print("tuple * 3", rc(x))
del tt
print("end", rc(x))
