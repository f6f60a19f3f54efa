import gc, sys, weakref
gc.collect()
class Big:
    def __del__(self): print("Big freed")
def fail():
    big = Big()
    raise ValueError("oops")
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("exception saved; frame keeps big alive")
tb = saved.__traceback__
n = 0
while tb:
    n += 1
    tb = tb.tb_next
print("traceback depth", n)
print(sorted(saved.__traceback__.tb_next.tb_frame.f_locals))
del tb
saved = None
print("after dropping the exception")
try:
    fail()
except ValueError:
    info = sys.exc_info()
print("exc_info kept", type(info[1]).__name__)
del info
print("collected", gc.collect())
def handler():
    try:
        fail()
    except ValueError as e:
        err = e
    return err
e2 = handler()
print("returned")
e2.__traceback__ = None
print("cleared tb")
del e2
print("collected", gc.collect())
def cyc():
    try:
        fail()
    except ValueError as e:
        me = e
        frame = sys._getframe()
    return weakref.ref(frame)
w = cyc()
print("frame alive?", w() is not None)
print("collected", gc.collect())
print("frame alive?", w() is not None)
