"""Where tracebacks point: unpacking targets, asserts, with-exits, decorators, tests, ** merges."""
import sys
import traceback
from collections import UserDict


def show(fn):
    try:
        fn()
    except BaseException:
        traceback.print_exc(file=sys.stdout)
    print("-" * 20)


def unpack_for():
    for a, b in ["abc"]:
        pass


def unpack_assign():
    first, *rest, last = [1]


def unpack_nested():
    for i, (a, b) in enumerate(["xyz"]):
        pass


def assert_compare():
    x = 2
    assert x == 3, f"x is {x}"


def assert_name():
    x = 0
    assert x, "x must be set " + str(x)


def assert_not():
    items = []
    assert not (len(items) < 1), [items]


class Closer:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")


def with_exit():
    with Closer() as c, \
            Closer():
        raise ValueError("body")


def bad_decorator(fn):
    raise TypeError("cannot decorate " + fn.__name__)


def decorate():
    @staticmethod
    @bad_decorator
    def inner():
        pass


class Falsy:
    def __bool__(self):
        raise RuntimeError("no truth")

    def __len__(self):
        return 0


def if_test():
    if Falsy():
        pass


def while_test():
    while Falsy():
        pass


class Strict:
    def __init_subclass__(cls, **kw):
        raise TypeError(f"no subclasses ({kw})")


def subclass():
    class Child(Strict, tag=1):
        pass


def kwargs_merge():
    def f(**kw):
        return kw
    print(f(**UserDict(a=1)), f(**{"b": 2}, **UserDict(c=3)))
    f(a=1, **UserDict(a=2))


def kwargs_not_mapping():
    def f(**kw):
        return kw
    f(**[("a", 1)])


def dict_display():
    return {**UserDict(x=1), **[1]}


def ifexp_test():
    return 1 if Falsy() else 2


def boolop_value():
    return (Falsy() or
            2)


def comprehension_if():
    return [n for n in range(3) if Falsy()]


def comprehension_after_compare():
    return {k: 1 for k in "ab" if k == "a" if Falsy()}


def ifexp_after_compare():
    return 1 if 1 < 2 and Falsy() else 2


for case in (ifexp_test, boolop_value, comprehension_if, comprehension_after_compare,
             ifexp_after_compare, unpack_for, unpack_assign, unpack_nested, assert_compare, assert_name, assert_not,
             with_exit, decorate, if_test, while_test, subclass, kwargs_merge, kwargs_not_mapping,
             dict_display):
    show(case)
