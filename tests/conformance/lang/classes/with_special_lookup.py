# BEFORE_WITH looks __enter__ and __exit__ up as _PyObject_LookupSpecial does: each bound by
# its descriptor (staticmethod, property, a callable instance), __enter__ first; and the
# manager's own reference is dropped before __enter__ runs.
import sys


class Static:
    __enter__ = staticmethod(lambda: 'static enter')
    __exit__ = staticmethod(lambda *a: print('static exit', a[0]))


with Static() as v:
    print(v)


def booh(self):
    raise AttributeError('booh')


class RaisingEnter:
    __enter__ = property(booh)


try:
    with RaisingEnter():
        pass
except AttributeError as e:
    print('AttributeError', e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError', e)


class Counting:
    def __enter__(self):
        print('enter refcount', sys.getrefcount(self))
        return self

    def __exit__(self, *exc):
        print('exit refcount', sys.getrefcount(self))
        return False


with Counting():
    pass
c = Counting()
with c as same:
    print('same', same is c)
del same


class Exiter:
    def __init__(self):
        self.log = []

    def __call__(self, *a):
        self.log.append(a[0])
        return True


class InstanceExit:
    __exit__ = Exiter()

    def __enter__(self):
        return 1


with InstanceExit() as one:
    raise KeyError('swallowed?')
print('after', one, InstanceExit.__exit__.log)
