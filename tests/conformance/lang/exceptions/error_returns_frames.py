# Exceptions between Python frames (returned as error handles, not thrown): tracebacks,
# finalizers that raise and catch during the unwinding, decorators, __init__, lambdas.
import sys, traceback
class D:
    def __del__(self):
        try:
            raise KeyError("in del")
        except KeyError as e:
            print("del caught", repr(e))
        g()
def g():
    try:
        return h(0)
    except ZeroDivisionError:
        print("g caught")
def h(x):
    return 1 / x
def f(n):
    d = D()
    if n == 0:
        raise ValueError("boom")
    return f(n - 1)
try:
    f(3)
except ValueError as e:
    print("caught", e, e.__context__)
    traceback.print_exc(file=sys.stdout)
class C:
    def m(self, x):
        return self.n(x)
    def n(self, x):
        return [1][x]
c = C()
for i in range(3):
    try:
        c.m(5)
    except IndexError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)
def deco(fn):
    raise RuntimeError("deco")
try:
    @deco
    def q(): pass
except RuntimeError as e:
    traceback.print_exc(file=sys.stdout)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("rec", e)
def gen():
    for i in range(3):
        try:
            yield h(i - 1)
        except ZeroDivisionError:
            yield "z"
print(list(gen()))
lam = lambda x: 1 // x
try:
    print([lam(x) for x in (1, 0)])
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
class Init:
    def __init__(self, a):
        raise TypeError("init " + str(a))
try:
    Init(3)
except TypeError as e:
    traceback.print_exc(file=sys.stdout)
def outer():
    try:
        h(0)
    finally:
        print("finally ran")
try:
    outer()
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
def w():
    try:
        h(0)
    except ZeroDivisionError:
        h(0)
try:
    w()
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
print(sys.exc_info())
def chain():
    try:
        c.m(9)
    except IndexError as e:
        raise KeyError("k") from e
try:
    chain()
except KeyError:
    traceback.print_exc(file=sys.stdout)
m = c.m
try:
    m(7)
except IndexError:
    traceback.print_exc(file=sys.stdout)
print(sorted(map(lambda x: 10 // x, [1, 2, 5])))
try:
    sorted([1, 0], key=lambda x: 10 // x)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
f(0)
