# abc: abstract methods and the instantiation error, register, __subclasshook__, the caches
# as programs observe them, get_cache_token, update_abstractmethods, the abstract* decorators.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self):
        return 'base run'

    @abstractmethod
    def stop(self):
        ...

    def helper(self):
        return 'helper'


class Half(Base):
    def run(self):
        return 'half ' + super().run()


class Full(Half):
    def stop(self):
        return 'stopped'


for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
f = Full()
print(f.run(), f.stop(), f.helper(), sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
print(type(Base) is ABCMeta, isinstance(Base, ABCMeta), ABC.__abstractmethods__, ABC.__slots__, Base.run.__isabstractmethod__)
print(getattr(Full.stop, '__isabstractmethod__', False), abc.ABC.__doc__ is not None, ABCMeta.__name__, ABC.__module__)


class Meta(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


print(sorted(Meta.__abstractmethods__))
try:
    Meta()
except TypeError as e:
    print(e)


class Old(ABC):
    @abc.abstractclassmethod
    def c(cls):
        return 'c'

    @abc.abstractstaticmethod
    def s():
        return 's'


class OldImpl(Old):
    pass


print(sorted(Old.__abstractmethods__), isinstance(Old.__dict__['c'], classmethod), abc.abstractproperty.__isabstractmethod__)
print(Old.c(), Old.s(), sorted(OldImpl.__abstractmethods__), issubclass(abc.abstractclassmethod, classmethod))


class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, '__len__') or NotImplemented
        return NotImplemented


class Sub(Sized2):
    pass


class WithLen:
    def __len__(self):
        return 0


print(isinstance([], Sized2), issubclass(WithLen, Sized2), isinstance(3, Sized2), issubclass(WithLen, Sub), issubclass(Sub, Sized2))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class NeverChild(Never):
    pass


print(issubclass(NeverChild, Never), isinstance(NeverChild(), Never))


class Registry(ABC):
    pass


class Plain:
    pass


tok = abc.get_cache_token()
print(issubclass(Plain, Registry), isinstance(Plain(), Registry))
r = Registry.register(Plain)
print(r is Plain, issubclass(Plain, Registry), isinstance(Plain(), Registry), abc.get_cache_token() > tok)
print(Registry.register(Plain) is Plain, Plain.__mro__, Registry in Plain.__mro__)


@Registry.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Registry), issubclass(bool, Registry))
Registry.register(int)
print(issubclass(bool, Registry), isinstance(True, Registry), isinstance(1.5, Registry))


class Child(Registry):
    pass


print(issubclass(Plain, Child), issubclass(Child, Registry))
for bad in (lambda: Registry.register(3), lambda: issubclass(3, Registry), lambda: Child.register(Registry)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)


class Counting(ABC):
    calls = 0

    @classmethod
    def __subclasshook__(cls, C):
        Counting.calls += 1
        return NotImplemented


class X:
    pass


print(issubclass(X, Counting), issubclass(X, Counting), Counting.calls >= 1)
before = Counting.calls
isinstance(X(), Counting)
print(Counting.calls - before)


class Y:
    pass


class Cached(ABC):
    hook = True

    @classmethod
    def __subclasshook__(cls, C):
        return cls.hook


print(issubclass(Y, Cached))
Cached.hook = NotImplemented
print(issubclass(Y, Cached))
Cached._abc_caches_clear()
print(issubclass(Y, Cached))


class Upd(ABC):
    @abstractmethod
    def f(self):
        ...


class UpdChild(Upd):
    pass


UpdChild.f = lambda self: 1
print(sorted(UpdChild.__abstractmethods__), abc.update_abstractmethods(UpdChild) is UpdChild, sorted(UpdChild.__abstractmethods__), UpdChild().f())


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))


class Kw(ABC):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class KwChild(Kw, tag='t'):
    pass


print(KwChild.tag, type(KwChild()).__name__)
print(sorted(n for n in dir(abc) if not n.startswith('_')))
