# ABC caches and registries hold classes weakly: a class that was checked against an ABC,
# registered with one, or derived from one is still freed by the collector, and each weak
# reference with a callback that the collection clears is counted, as in CPython.
import abc
import collections.abc
import gc

gc.collect()


class R(abc.ABC):
    pass


def checked():
    class A:
        pass
    isinstance(A(), R)
    isinstance(A(), collections.abc.Iterator)


def registered():
    class A:
        pass
    R.register(A)


def derived():
    class A(R):
        pass


def derived_and_used():
    class A(R):
        pass

    class B:
        pass
    A.register(B)
    issubclass(int, A)
    isinstance(B(), A)


for make in (checked, registered, derived, derived_and_used):
    make()
    print(make.__name__, gc.collect())
print(len(R.__subclasses__()), issubclass(int, R))
