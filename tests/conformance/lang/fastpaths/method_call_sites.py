# Method-call sites that call the method's code directly once they have seen it: the site
# must notice every change (a replaced method, a shadowing instance attribute, another
# class, __class__ assignment, a different arity) and keep references and tracebacks exact.
import sys


class A:
    def m(self, x):
        return ("A.m", x)

    def n(self):
        return "A.n"

    def two(self, x, y):
        return x + y


class B(A):
    def m(self, x):
        return ("B.m", x * 2)


class D:
    def m(self, x, y=10):
        return ("D.m", x, y)


def run(objs, rounds):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append(o.m(len(out)))
    return out


def run_loaded(objs):
    # Arguments that are not plain loads: the method is looked up before they run.
    out = []
    for i, o in enumerate(objs):
        out.append(o.m(i + 1))
        out.append(o.two(i * 2, -i))
    return out


a, b, d = A(), B(), D()
print(run([a], 3))
print(run([a, b, a, b], 1))
print(run([d, a], 2))
print(run_loaded([a, a, b, b]))

# The class's method replaced after the site has called it.
saved = A.m
A.m = lambda self, x: ("lambda", x)
print(run([a, a], 1))
A.m = saved
print(run([a], 2))


# An instance attribute shadowing the method, then removed.
def plain(x):
    return ("instance attr", x)


a.m = plain
print(run([a], 2))
del a.m
print(run([a], 2))

# __class__ assignment between calls.
c = A()
print(run([c], 2))
c.__class__ = B
print(run([c], 2))


# Reference counts inside the method and after the calls.
class R:
    def probe(self, arg):
        return sys.getrefcount(self), sys.getrefcount(arg)


def counts():
    r = R()
    arg = object()
    res = []
    for _ in range(3):
        res.append(r.probe(arg))
    return res, sys.getrefcount(r), sys.getrefcount(arg), sys.getrefcount(R.probe)


print(counts())


# Exceptions raised by a directly called method: traceback lines and the handler.
class E:
    def boom(self, x):
        if x > 1:
            raise ValueError(f"boom {x}")
        return x


def call_boom():
    e = E()
    got = []
    for i in range(4):
        try:
            got.append(e.boom(i))
        except ValueError as exc:
            got.append(str(exc))
    return got


print(call_boom())


# Recursion through a method site reaches the limit at the same depth.
class Deep:
    reached = 0

    def down(self, n):
        Deep.reached = n
        return self.down(n + 1)


def depth():
    try:
        Deep().down(0)
    except RecursionError as exc:
        return str(exc), Deep.reached


print(depth())


def last():
    e = E()
    for i in range(3):
        e.boom(i)


last()
