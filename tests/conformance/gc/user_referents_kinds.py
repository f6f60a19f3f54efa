# gc.get_referents of generators, closures, cells, bound methods, exceptions, descriptors, iterators, classes.
import gc, sys
def names(objs):
    return sorted(type(o).__name__ for o in objs)
def gen(a):
    b = [a]
    yield b
g = gen(5)
print("fresh gen", names(gc.get_referents(g)))
next(g)
print("started gen", names(gc.get_referents(g)))
def outer():
    x = [1]
    def inner():
        return x
    return inner
fn = outer()
print("closure fn", names(gc.get_referents(fn)))
cell = fn.__closure__[0]
print("cell", names(gc.get_referents(cell)), gc.is_tracked(cell))
class C:
    def m(self): pass
c = C()
bm = c.m
print("bound method", names(gc.get_referents(bm)))
try:
    raise KeyError("k")
except KeyError as e:
    err = e
print("exception", names(gc.get_referents(err)))
tb = err.__traceback__
print("traceback", names(gc.get_referents(tb)))
fr = sys._getframe()
print("frame tracked", gc.is_tracked(fr))
print("list of mixed", names(gc.get_referents([1, "a", None, 2.0, (), []])))
print("dict", names(gc.get_referents({"a": 1, 2: "b"})))
print("set", names(gc.get_referents({1, "x"})))
print("instance", names(gc.get_referents(c)))
c.attr = [1]
print("instance w attr", names(gc.get_referents(c)))
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]
print("slots", names(gc.get_referents(s)))
print("property", names(gc.get_referents(property(lambda self: 1))))
print("staticmethod", names(gc.get_referents(staticmethod(len))))
print("module", names(gc.get_referents(gc))[:3])
print("range", gc.get_referents(range(3)))
it = iter([1, 2])
print("list iterator", names(gc.get_referents(it)))
print("enumerate", names(gc.get_referents(enumerate([1]))))
print("zip", names(gc.get_referents(zip([1], [2]))))
print("map", names(gc.get_referents(map(str, [1]))))
print("super", names(gc.get_referents(super(C, c))))
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print("class with metaclass", names(gc.get_referents(WithMeta)))
print("metaclass", names(gc.get_referents(Meta)))
