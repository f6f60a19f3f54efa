# obj.name(args) where the lookup fails: the object and the arguments are not leaked, on
# instances, built-in objects, modules and classes, and through __getattr__ raising.
import sys


class C:
    pass


class G:
    def __getattr__(self, name):
        raise AttributeError("no " + name)


o, g, arg = C(), G(), object()
objs = [o, g, [1], "s", sys, C]
before = [sys.getrefcount(x) for x in objs] + [sys.getrefcount(arg)]
for x in objs:
    for _ in range(3):
        try:
            x.missing(arg)
        except AttributeError as e:
            last = str(e)
    print(last)
after = [sys.getrefcount(x) for x in objs] + [sys.getrefcount(arg)]
print([b - a for a, b in zip(before, after)])


# The AttributeError keeps the object (its `obj`), even a temporary the call was given.
def temporaries():
    for make in (lambda: frozenset([1]), lambda: (1, 2), C):
        try:
            make().missing(object())
        except AttributeError as e:
            print(type(e.obj).__name__, e.name, repr(e.obj)[:9], e)


temporaries()
