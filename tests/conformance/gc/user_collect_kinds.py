# gc.collect() counts for closures through their own cell, classes, exceptions with tracebacks, nested containers, modules, generators.
import gc, sys
gc.collect()
def report(label):
    print(label, gc.collect())

# a function referring to itself through a cell
def make_rec():
    def rec(n):
        return rec(n - 1) if n else 0
    return rec
f = make_rec(); print(f(3)); del f
report('self-cell closure')

# class-level cycles
class Tmp:
    pass
del Tmp
report('empty class')
class WithMethods:
    x = 1
    def m(self): pass
    @property
    def p(self): return 1
    @staticmethod
    def s(): pass
del WithMethods
report('class with methods')
class Base: pass
class Derived(Base): pass
del Derived
report('subclass only')
del Base
report('base')

# exceptions holding tracebacks holding frames
def fail():
    x = [1, 2, 3]
    raise ValueError('x')
def catch():
    try:
        fail()
    except ValueError as e:
        return e
e = catch()
print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_name)
del e
report('returned exception')
def catch_self_cycle():
    try:
        fail()
    except ValueError as e:
        err = e
    return None
catch_self_cycle()
report('exception stored in local')
try:
    fail()
except ValueError:
    info = sys.exc_info()
del info
report('exc_info at module level')

# nested cycles through dicts, lists, attributes
class A: pass
a = A(); a.d = {'l': [a]}; a.d['self'] = a.d
del a
report('instance dict list')
outer = []
for i in range(3):
    inner = {'up': outer, 'i': i}
    outer.append(inner)
del outer, inner
report('list of dicts pointing up')
import types
m = types.ModuleType('m')
m.m = m
del m
report('module self')
def gen():
    g = yield
    yield g
g = gen(); next(g); g.send(g)
del g
report('generator holding itself')
