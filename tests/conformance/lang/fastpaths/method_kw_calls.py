# `obj.m(…, k=v)` is LOAD_METHOD + KW_NAMES + CALL (no bound method, the attribute looked
# up before the arguments), with a per-site cache of the class's function.
import sys
import traceback


class P:
    def __init__(self, a):
        self.a = a

    def kw(self, k, *, scale=1):
        return self.a + k * scale

    def refs(self, *, extra=None):
        return sys.getrefcount(self)

    @classmethod
    def cm(cls, *, x=0):
        return (cls.__name__, x)

    @staticmethod
    def sm(*, y=0):
        return y * 2


o = P(1)
print([o.kw(i, scale=2) for i in range(5)])
print(o.refs(extra=1) - o.refs())
print(o.cm(x=3), P.cm(x=4), o.sm(y=5), P.sm(y=6))


# The instance's own attribute shadows the class's function (same site, both cases).
def call_site(obj):
    return obj.kw(10, scale=3)


print(call_site(o))
o.kw = lambda k, scale=1: ("instance", k, scale)
print(call_site(o))
del o.kw
print(call_site(o))

# The class's function replaced between calls.
P.kw = lambda self, k, scale=1: ("replaced", k, scale)
print(call_site(o))


class Sub(P):
    def kw(self, k, *, scale=1):
        return ("sub", super().kw(k, scale=scale))


print(call_site(Sub(2)))
print(call_site(o))


class Hooked:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)

    def m(self, *, v):
        return v


print(Hooked().m(v=7))


class Dyn:
    def __getattr__(self, name):
        return lambda **kw: (name, sorted(kw.items()))


print(Dyn().anything(a=1, b=2))

# Built-in methods with keywords.
print("a,b,,c".split(sep=",", maxsplit=2))
xs = [3, 1, 2]
xs.sort(key=lambda v: -v, reverse=True)
print(xs)
print({"a": 1}.pop("b", None))
try:
    xs.append(x=1)
except TypeError as e:
    print("TypeError:", e)


# The attribute first, then the arguments (CPython's order).
def noisy():
    print("argument evaluated")
    return 1


try:
    o.missing(x=noisy())
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.kw(1, scale=noisy(), bogus=2)
except TypeError as e:
    print("TypeError:", e)


# An error while evaluating the arguments releases what LOAD_METHOD pushed.
def boom():
    raise ValueError("boom")


before = sys.getrefcount(o)
for _ in range(3):
    try:
        o.refs(extra=boom())
    except ValueError:
        pass
print(sys.getrefcount(o) - before)


def show_position():
    try:
        o.missing_too(k=1)
    except AttributeError:
        traceback.print_exc(file=sys.stdout)
    try:
        P(1).kw(1, nope=2)
    except TypeError:
        traceback.print_exc(file=sys.stdout)


show_position()
o.missing_at_top_level(k=1)
