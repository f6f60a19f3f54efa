# weakref.finalize: args, repr, peek, call once, detach, atexit.
import weakref, gc, re
def norm(s): return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", s)
class Res: pass
def cleanup(name, *extra, **kw):
    print("cleanup", name, extra, kw)
    return name.upper()
r = Res()
f = weakref.finalize(r, cleanup, "r", 1, 2, key="v")
print(f.alive)
print(norm(repr(f)))
print(f.peek()[2:])
del r
print(f.alive)
print(norm(repr(f)))
print(f(), f.peek())
r2 = Res()
f2 = weakref.finalize(r2, cleanup, "r2")
print(f2())
print(f2())
print(f2.alive)
r3 = Res()
f3 = weakref.finalize(r3, cleanup, "r3")
print(f3.detach()[1:] if f3.detach() is None else "x")
del r3
r4 = Res()
f4 = weakref.finalize(r4, cleanup, "r4")
f4.atexit = False
print(f4.atexit)
r5 = Res()
f5 = weakref.finalize(r5, cleanup, "at exit")
print("end")
