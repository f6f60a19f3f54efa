# A raise at a function's top level, re-raise, bad raise, chaining, locals of the raising frame.
import sys, traceback, gc
gc.collect()
def v(x):
    if x < 0:
        raise ValueError("neg %d" % x)
    for i in range(3):
        if i == x:
            raise KeyError(i)
    return x
def w(x):
    return v(x) + 1
for x in (-1, 1, 5):
    try:
        print(w(x))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e, [(f.f_code.co_name, l) for f, l in traceback.walk_tb(e.__traceback__)])
def r():
    raise
try:
    r()
except RuntimeError as e:
    print(e)
def bad():
    raise 5
try:
    bad()
except TypeError as e:
    traceback.print_exc(file=sys.stdout)
def ctx():
    try:
        1/0
    except ZeroDivisionError:
        pass
    raise ValueError("after")
try:
    ctx()
except ValueError as e:
    print(repr(e.__context__))
class E(Exception):
    def __init__(self, *a):
        super().__init__(*a)
        print("E init", a)
def re():
    raise E(1, 2)
try:
    re()
except E as e:
    traceback.print_exc(file=sys.stdout)
def loc():
    x = [1, 2]
    raise IndexError(x)
try:
    loc()
except IndexError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
print(gc.get_count()[0] < 700, sys.getrefcount(ValueError) > 0)
def gen():
    yield 1
    raise StopIteration
try:
    print(list(gen()))
except RuntimeError as e:
    traceback.print_exc(file=sys.stdout)
w(-5)
