import sys
def _hook(u):
    obj = u.object
    name = getattr(obj, "__qualname__", None) or type(obj).__name__
    print("unraisable:", u.err_msg, "|", name, "|", type(u.exc_value).__name__, u.exc_value,
          "| tb" if u.exc_traceback is not None else "| no tb")
sys.unraisablehook = _hook
import gc, sys
gc.collect()
log = []
def good(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
def bad(phase, info):
    if phase == "stop":
        raise ValueError("callback failed: " + phase)
def reenter(phase, info):
    if phase == "start":
        log.append(("reenter", gc.collect()))
gc.callbacks.append(good)
gc.callbacks.append(bad)
gc.callbacks.append(reenter)
x = []; x.append(x)
del x
print("collect returned", gc.collect())
print(log)
gc.callbacks.remove(bad)
log.clear()
print("collect returned", gc.collect(1))
print(log)
gc.callbacks.clear()
class D:
    def __del__(self):
        print("in del, collect ->", gc.collect())
d = D(); d.s = d
del d
print("outer", gc.collect())
