import sys
import weakref
import atexit
import gc

def hook(u):
    print("unraisable:", u.err_msg, type(u.exc_value).__name__, u.exc_value)
sys.unraisablehook = hook

class Res:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Res({self.name})"

def cleanup(name):
    print("cleanup", name)

def failing(name):
    print("failing cleanup", name)
    raise OSError(f"cannot close {name}")

r1 = Res("one"); r2 = Res("two"); r3 = Res("three"); r4 = Res("four")
f1 = weakref.finalize(r1, cleanup, "one")
f2 = weakref.finalize(r2, failing, "two")
f3 = weakref.finalize(r3, cleanup, "three")
f3.atexit = False
f4 = weakref.finalize(r4, cleanup, "four")
atexit.register(print, "atexit handler registered after finalizers")

def bad_atexit():
    raise ValueError("atexit failure")
atexit.register(bad_atexit)

print("f2 direct call:")
try:
    f2()
except OSError as e:
    print("raised to caller:", e)
print("f2 alive", f2.alive)

del r4
print("r4 dropped")

class WithDel:
    def __del__(self):
        print("WithDel.__del__ at exit, finalize alive:", f1.alive)
w = WithDel()

def cb(ref):
    print("weakref callback for", ref)
class Target: pass
tg = Target()
wr = weakref.ref(tg, lambda r: print("weak callback at exit"))
print("end of main")
