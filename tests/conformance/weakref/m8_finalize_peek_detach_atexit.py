import weakref, gc
gc.collect()
class Res:
    def __init__(self, name): self.name = name
    def __repr__(self): return "Res(%s)" % self.name
def cleanup(name, *extra, **kw):
    print("cleanup", name, extra, sorted(kw.items()))
    return "ret-" + name
r = Res("a")
f = weakref.finalize(r, cleanup, "a", 1, 2, flag=True)
print(f.alive)
obj, func, args, kwargs = f.peek()
print(obj, func.__name__, args, kwargs)
print(f.atexit)
print(f())
print(f.alive, f.peek(), f())
r2 = Res("b")
f2 = weakref.finalize(r2, cleanup, "b")
d = f2.detach()
print(d[0], d[2], f2.alive, f2.detach())
del r2
print("no cleanup for b")
r3 = Res("c")
f3 = weakref.finalize(r3, cleanup, "c")
f3.atexit = False
del r3
print("after del c", f3.alive)
r4 = Res("d")
f4 = weakref.finalize(r4, cleanup, "d")
r5 = Res("e")
f5 = weakref.finalize(r5, cleanup, "e")
f6 = weakref.finalize(r5, print, "second finalizer for e")
r7 = Res("g")
f7 = weakref.finalize(r7, cleanup, "g")
f7.atexit = False
print("end of main")
