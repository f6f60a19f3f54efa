import sys
def _hook(u):
    obj = u.object
    name = getattr(obj, "__qualname__", None) or type(obj).__name__
    print("unraisable:", u.err_msg, "|", name, "|", type(u.exc_value).__name__, u.exc_value,
          "| tb" if u.exc_traceback is not None else "| no tb")
sys.unraisablehook = _hook
import weakref, gc, sys
gc.collect()
class A: pass
def bad(ref):
    print("callback called, dead:", ref() is None)
    raise ValueError("boom in callback")
a = A()
r = weakref.ref(a, bad)
del a
print("after del", file=sys.stderr)
sys.stderr.flush()
b = A()
p = weakref.proxy(b, lambda p: 1/0)
del b
print("after proxy", file=sys.stderr)
class C:
    def meth(self): pass
c = C()
wm = weakref.WeakMethod(c.meth, bad)
del c
print("done", file=sys.stderr)
def cb_cycle(ref):
    raise KeyError("cyc")
x = A(); x.self = x
r2 = weakref.ref(x, cb_cycle)
del x
print(gc.collect())
