# Exceptions and tracebacks keep frames and their locals alive until released.
import sys, gc, weakref
class Payload:
    pass
def raiser():
    p = Payload()
    raise RuntimeError("with payload")
def catch_and_keep():
    try:
        raiser()
    except RuntimeError as e:
        return e
e = catch_and_keep()
tb = e.__traceback__
frames = []
while tb is not None:
    frames.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(frames)
print(type(e.__traceback__.tb_next.tb_frame.f_locals["p"]).__name__)
print(sys.getrefcount(e))
e.__traceback__ = None
print(gc.collect() >= 0)
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return "err" in dir()
print(f())
try:
    raise ValueError("a") from KeyError("b")
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__, repr(v.__context__))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("outer")
except TypeError as t:
    print(repr(t.__context__), t.__cause__)
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen_exc(); next(g); del g
print(sys.exc_info())
class Res:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True
with Res():
    raise OSError("suppressed")
print("after with")
wr = None
def leak():
    global wr
    obj = Payload()
    wr = weakref.ref(obj)
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[2]
t = leak()
print(wr() is not None)
del t
print(wr() is not None, gc.collect() >= 0, wr() is None)
