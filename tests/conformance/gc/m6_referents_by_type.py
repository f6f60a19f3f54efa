import gc, sys, functools, collections
def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]
def f(a, b=[1], *, c={}):
    "doc"
    return a
f.attr = 1
print("function", names(f))
def outer():
    v = 1
    def inner(): return v
    return inner
print("closure", names(outer()))
class C:
    def m(self): pass
c = C(); c.x = [1]
print("bound method", names(c.m))
print("instance", names(c))
print("class", sorted(names(C)))
print("module", names(sys.modules[__name__])[:3])
print("cell", names(outer().__closure__[0]))
print("tuple", names((1, "a", [])))
print("list", names([1, "a", None]))
print("dict", names({"k": [1], 2: "v"}))
print("set", sorted(names({1, "a"})))
print("dict keys view", names({}.keys()))
print("iter", names(iter([1, 2])))
print("deque", names(collections.deque([1, "x"])))
print("property", names(property(len, None, None, "d")))
print("staticmethod", names(staticmethod(len)))
print("classmethod", names(classmethod(len)))
def g():
    yield 1
gen = g()
print("generator", names(gen))
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
print("exception", names(err))
print("traceback", names(err.__traceback__))
print("slice", names(slice(1, "a", None)))
print("range", names(range(3)))
print("enumerate", names(enumerate([1])))
print("zip", names(zip([1], "a")))
print("map", names(map(str, [1])))
print("int", names(5), "str", names("s"))
print("frozenset", sorted(names(frozenset({1, "a"}))))
print("super", names(super(C, c)))
print("lambda defaults", names(lambda x=(1, 2): x))
print("type", len(gc.get_referents(type)) > 0)
print("referents many", len(gc.get_referents([1], (2,), {3: 4})))
print("referrers of c", sorted(type(x).__name__ for x in gc.get_referrers(c)))
