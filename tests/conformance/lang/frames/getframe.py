import sys, gc
def f():
    frame = sys._getframe()
gc.collect()
f()
print(gc.collect())
def g(a):
    b = a + 1
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_globals is globals())
    print(sys._getframe(1).f_code.co_name, sys._getframe() is fr)
    return fr
fr = g(3)
print(sorted(fr.f_locals.items(), key=lambda kv: kv[0])[:2], fr.f_lineno, fr.f_back.f_lineno)
print(fr.f_code.co_filename.endswith('fr.py'), fr.f_code.co_firstlineno)
def h():
    return sys._getframe(1)
def caller():
    x = 5
    return h()
c = caller()
print(c.f_code.co_name, c.f_locals)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
del fr, c
print(gc.collect())
