# The objects of dead classes of several shapes, in the order the collector finds them.
import gc

gc.collect()


def show(make):
    make()
    gc.set_debug(gc.DEBUG_SAVEALL)
    n = gc.collect()
    print(n, [type(o).__name__ for o in gc.garbage])
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()


def with_method():
    class A:
        def f(self):
            return 1


def with_slots():
    class B:
        __slots__ = ('x',)


def derived():
    class C:
        pass

    class D(C):
        x = 1


def with_classcell():
    class E:
        def g(self):
            return __class__


for make in (with_method, with_slots, derived, with_classcell):
    show(make)
