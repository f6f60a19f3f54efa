import gc, sys, weakref
def names(objs):
    out = []
    for o in objs:
        if isinstance(o, dict):
            out.append("dict:" + ("globals" if o is globals() else "builtins" if "len" in o else str(sorted(o)[:3])))
        else:
            out.append(type(o).__name__)
    return out
class A:
    def __init__(self): self.x = 1
a = A()
print(names(gc.get_referents(A.__init__)))
print(gc.is_finalized(a))
def gen():
    yield 1
g = gen()
print(sys.getsizeof(g)); next(g); print(sys.getsizeof(g))
for _ in g: pass
print(sys.getsizeof(g), g.gi_frame)
print(names(gc.get_referents(g)))
async def co(): return 1
c = co()
print(sys.getsizeof(c), names(gc.get_referents(c)))
c.close()
print(names(gc.get_referents(c)))
l = [1, [2], (3,)]
print(gc.get_referents(l))
print(gc.get_referents(*l))
print(gc.get_referents({"a": [1]}, (1, 2)))
print(sorted(names(gc.get_referents(A))))
print(names(gc.get_referents(a.__init__)))
s = slice(1, [2], 3)
print(gc.get_referents(s), gc.is_tracked(s))
print(gc.get_referents(range(3)), names(gc.get_referents(iter([1]))), names(gc.get_referents(enumerate([5]))))
p = property(lambda s: 1)
print(len(gc.get_referents(p)))
r = weakref.ref(a)
print(gc.get_referents(r), gc.is_tracked(r))
print(names(gc.get_referents(super(A, a))))
print(names(gc.get_referents(staticmethod(len))), names(gc.get_referents(classmethod(len))))
x = 5
f = lambda: x
print(f.__closure__, names(gc.get_referents(f)))
def outer():
    v = [1]
    def inner(): return v
    return inner
inn = outer()
print(names(gc.get_referents(inn)), names(gc.get_referents(inn.__closure__[0])))
print(names(gc.get_referents(sys.modules["__main__"])))
try:
    1/0
except ZeroDivisionError as e:
    print(names(gc.get_referents(e)), names(gc.get_referents(e.__traceback__)))
print(names(gc.get_referents(iter({1: 2}))), names(gc.get_referents({1: 2}.items())))
print(names(gc.get_referents(memoryview(b"ab"))))
print(names(gc.get_referents(map(len, ["a"]))), names(gc.get_referents(zip([1], [2]))))
print(names(gc.get_referents(reversed([1, 2]))))
print(names(gc.get_referents(frozenset([(1,), "a"]))))
