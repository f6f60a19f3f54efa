# test_gc's test_frame: a frame object kept in a local of its own function is a cycle.
import gc
import sys

def f():
    frame = sys._getframe()

gc.collect()
f()
print(gc.collect())

def g():
    here = sys._getframe()
    return here.f_lineno

print(g(), gc.collect())

def keep():
    fr = sys._getframe()
    fr.f_locals
    return fr

x = keep()
print(sorted(x.f_locals), gc.collect())
del x
print(gc.collect())
