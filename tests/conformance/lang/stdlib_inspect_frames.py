# inspect.currentframe / stack / getframeinfo, and the references a frame object makes.
import gc
import inspect
import sys


def where():
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name)
    caller = frame.f_back
    print(caller.f_code.co_name, caller.f_lineno)
    del frame, caller


def outer():
    where()
    inner_name()


def inner_name():
    st = inspect.stack()
    print([fi.function for fi in st])
    print([fi[3] for fi in st], [fi.lineno for fi in st])
    print(st[0].code_context, st[0].index, st[0].filename == __file__)
    print(st[1].code_context)
    print(inspect.stack(0)[0].code_context, inspect.stack(3)[0].index)
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.function, info.lineno, info.code_context, info.index, type(info).__name__)
    print(inspect.getouterframes(inspect.currentframe())[1].function)


outer()
print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_lineno)
print(inspect.isframe(inspect.currentframe()), inspect.isframe(sys._getframe()))


def caller_name():
    return inspect.currentframe().f_back.f_code.co_name


def who_calls():
    return caller_name()


print(who_calls())

try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(inspect.istraceback(tb), [fi.function for fi in inspect.trace()])
    print(inspect.getframeinfo(tb).lineno, inspect.getinnerframes(tb)[0].lineno)
    del tb

# The frame object a function makes of itself: references as in CPython.
def keeps_frame():
    f = inspect.currentframe()
    print(sys.getrefcount(f))
    print(f.f_code is keeps_frame.__code__, f.f_globals is globals())
    return f


f = keeps_frame()
print(sys.getrefcount(f), inspect.isframe(f), f.f_back is None or inspect.isframe(f.f_back))
print(list(f.f_locals))
del f
gc.collect()


def self_cycle():
    frame = inspect.currentframe()
    frame.f_locals  # noqa
    return None


self_cycle()
print(gc.collect() >= 0)


class Tracker:
    def __init__(self):
        self.created_in = inspect.currentframe().f_back.f_code.co_name


def factory():
    return Tracker()


print(factory().created_in)
print(inspect.getargvalues(inspect.currentframe()).args)


# f_locals of running frames, read through currentframe and f_back.
def show_locals(a, b=2, *rest, **kw):
    x = [a, b]
    print(sorted(inspect.currentframe().f_locals))
    peek()
    return x


def peek():
    caller = inspect.currentframe().f_back
    print({k: v for k, v in caller.f_locals.items() if k != "x"}, caller.f_locals["x"])


show_locals(1, 5, 6, k=7)
import inspect
def f(a, b=2, *c, **d):
    x = 5
    info = inspect.getargvalues(inspect.currentframe())
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
f(1, 3, 4, k=1)
