import gc
import sys
gc.collect()

def report(label):
    print(f"{label:<28}", gc.collect())

class Plain:
    pass

class Slotted:
    __slots__ = ("other", "__weakref__")

# through __dict__
p = Plain(); p.__dict__["me"] = p
del p; report("__dict__ self")
# through __slots__
a, b = Slotted(), Slotted()
a.other, b.other = b, a
del a, b; report("__slots__ pair")
# through class attribute
class Holder:
    pass
Holder.instance = Holder()
del Holder; report("class attr instance")
# closure referring to itself
def make():
    def f():
        return f
    return f
g = make(); del g; report("self closure")
# default arg referring to container
box = []
def h(x=box):
    return x
box.append(h)
del h, box; report("default arg box")
# lambdas in a list
fs = []
fs.append(lambda: fs)
fs.append(lambda: fs[0])
del fs; report("lambdas in list")
# bound method stored on self
class Bm:
    def __init__(self):
        self.cb = self.run
    def run(self):
        pass
x = Bm(); del x; report("bound method on self")
# exception caught and stored
def fail():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
err = fail(); del err; report("returned exception")
def fail2():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return None
fail2(); report("exception saved in frame")
def fail3():
    try:
        raise ValueError("x")
    except ValueError:
        info = sys.exc_info()
    return None
fail3(); report("exc_info saved")
# generator referring to itself
def gen():
    me = yield
    yield me
g = gen(); next(g); g.send(g); del g; report("generator holds itself")
# coroutine
async def co():
    return 1
c = co()
lst = [c]; lst.append(lst)
c.close(); del c, lst; report("coroutine in cycle")
# dict with itself as value and key in tuple
d = {}; d[("k",)] = d
del d; report("dict value self")
# type with metaclass cycle
T = type("T", (), {}); del T; report("dynamic class")
# module-like namespace
import types
ns = types.SimpleNamespace(); ns.ns = ns; del ns; report("SimpleNamespace")
# frame cycle
def frame_cycle():
    f = sys._getframe()
    return None
frame_cycle(); report("frame local")
def frame_cycle2():
    f = sys._getframe()
    return f
fr = frame_cycle2(); del fr; report("returned frame")
# property / partial
import functools
class P:
    pass
pp = P(); pp.fn = functools.partial(print, pp); del pp; report("partial on self")
