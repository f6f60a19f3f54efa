# Weakref callbacks: order, dropped refs, cycles, and a callback that raises.
import weakref, gc, sys
sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value, u.object.__name__)
log = []
class Res:
    def __init__(self, name):
        self.name = name
def make_cb(tag):
    def cb(ref):
        log.append((tag, ref() is None))
    return cb
a = Res("a")
r1 = weakref.ref(a, make_cb("first"))
r2 = weakref.ref(a, make_cb("second"))
r3 = weakref.ref(a)
del a
print(log)
log.clear()
b = Res("b")
rb = weakref.ref(b, make_cb("dropped-ref"))
del rb
del b
print("callback when ref dropped first:", log)
c = Res("c"); c.self = c
rc = weakref.ref(c, make_cb("cyclic"))
del c
print("before collect", log)
print(gc.collect())
print("after collect", log)
def bad_cb(r):
    raise ValueError("cb failed")
d = Res("d")
rd = weakref.ref(d, bad_cb)
del d
print("after bad cb")
