# abc.abstractproperty, a property subclass (pymm cannot subclass property yet).
import abc


class Old(abc.ABC):
    @abc.abstractproperty
    def p(self):
        ...


class Impl(Old):
    @property
    def p(self):
        return 1


print(sorted(Old.__abstractmethods__), isinstance(Old.__dict__['p'], property), Impl().p)
try:
    Old()
except TypeError as e:
    print(e)
