# Frames kept alive by tracebacks (sys.exc_info in a local), traceback.clear_frames, frame.clear() on returned, suspended and running frames.
import gc, sys, traceback, weakref
gc.collect()
class Big:
    pass
def leaky():
    big = Big()
    r = weakref.ref(big)
    try:
        1 / 0
    except ZeroDivisionError:
        tb = sys.exc_info()[2]   # frame -> tb -> frame cycle
    return r
r = leaky()
print('alive after return (cycle via tb local)', r() is not None)
print('collected', gc.collect() > 0, r())
def no_leak():
    big = Big()
    r = weakref.ref(big)
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return r
r = no_leak()
print('no cycle', r())
def keep_exc():
    big = Big()
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e, weakref.ref(big)
e, r = keep_exc()
print('exception keeps frame locals', r() is not None)
frame = e.__traceback__.tb_frame
print(frame.f_code.co_name, sorted(frame.f_locals))
traceback.clear_frames(e.__traceback__)
print('after clear_frames', r() is not None)
del frame
def gen_frame():
    x = Big()
    yield weakref.ref(x)
g = gen_frame()
r = next(g)
try:
    g.gi_frame.clear()
except RuntimeError as err:
    print('RuntimeError:', err)
del g
print('gen freed', r())
def f():
    loc = Big()
    return sys._getframe(), weakref.ref(loc)
fr, r = f()
print('frame holds locals', r() is not None, fr.f_lineno, fr.f_back is not None)
fr.clear()
print('cleared', r(), fr.f_locals)
def running():
    try:
        sys._getframe().clear()
    except RuntimeError as err:
        print('RuntimeError:', err)
running()
print(gc.collect())
