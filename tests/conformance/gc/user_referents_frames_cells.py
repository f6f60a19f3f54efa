# gc.get_referents/get_referrers of closures and cells, bound methods, classes, modules, generators, tracebacks and frame objects (running and returned).
import gc, sys, types

def tname(o):
    return type(o).__name__

def show(label, objs):
    names = sorted(tname(o) for o in objs)
    print(label, names)

# closures and cells
def outer():
    x = [1, 2]
    def inner():
        return x
    return inner, x

f, lst = outer()
cells = f.__closure__
print(len(cells), tname(cells[0]))
show('referents(f)', [o for o in gc.get_referents(f) if not isinstance(o, dict)])
show('referents(cell)', gc.get_referents(cells[0]))
show('referrers(lst)', [o for o in gc.get_referrers(lst) if o is not globals()])
print(gc.get_referents(cells[0])[0] is lst)

# bound methods
class K:
    def m(self):
        return 1
k = K()
bm = k.m
r = gc.get_referents(bm)
print([tname(o) for o in r], r[0] is K.__dict__['m'], r[1] is k)
print(bm in gc.get_referrers(k))

# classes
show('referents(K)', gc.get_referents(K))
print(K.__dict__['m'] in gc.get_referents(K.__dict__) if False else 'skip')

# modules
m = types.ModuleType('mymod')
m.value = [1]
rr = gc.get_referents(m)
print([tname(o) for o in rr])
print(m.value in gc.get_referents(rr[0]))

# generators
def gen(a):
    b = [a]
    yield b
    yield a
g = gen('hello')
show('referents(g) before', gc.get_referents(g))
v = next(g)
show('referents(g) suspended', gc.get_referents(g))
print(any(o is v for o in gc.get_referents(g)))
print(g in gc.get_referrers(v) or 'frame-owned')
g.close()
show('referents(g) closed', gc.get_referents(g))

# exceptions and tracebacks
def boom():
    local = {'k': 1}
    raise ValueError('x')
try:
    boom()
except ValueError as e:
    exc = e
tb = exc.__traceback__
show('referents(exc)', gc.get_referents(exc))
show('referents(tb)', gc.get_referents(tb))
fr = tb.tb_next.tb_frame
print(fr.f_code.co_name, sorted(fr.f_locals))
print(tname(tb.tb_next), tb.tb_next.tb_lineno, tb.tb_lineno)
del exc, tb, fr
print(gc.collect())

# frames
def getframe():
    return sys._getframe()
fr = getframe()
show('referents(frame)', gc.get_referents(fr))
del fr
# tuple/list/dict referents order
t = (1, 'a', [2], None)
print([tname(o) for o in gc.get_referents(t)])
d = {'a': [1], 'b': (2,), 3: 'c'}
print([tname(o) for o in gc.get_referents(d)])
print(gc.get_referents(1, 'abc', None))
print(len(gc.get_referents(*[[1, 2], [3]])))
