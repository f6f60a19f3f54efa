# Which names of an ABC are abstract (_abc's compute_abstract_methods): functions, property,
# classmethod and staticmethod around abstract ones, inherited ones still abstract through
# a bound method (method objects pass attribute lookups on to their function), overrides.
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @property
    @abc.abstractmethod
    def p(self): ...

    @classmethod
    @abc.abstractmethod
    def c(cls): ...

    @staticmethod
    @abc.abstractmethod
    def s(): ...

    x = 1
    g = property(lambda self: 1, abc.abstractmethod(lambda self, v: None))


class B(A):
    def f(self):
        return 1
    s = staticmethod(lambda: 0)


class C(B):
    @property
    def p(self):
        return 2

    @classmethod
    def c(cls):
        return 3

    g = 5


print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), sorted(C.__abstractmethods__))
print(C().p, C.c(), C().g)
for cls in (A, B):
    try:
        cls()
    except TypeError as e:
        print(e)


class M:
    def m(self):
        'doc of m'


M.m.tag = 'tagged'
bound = M().m
print(bound.tag, bound.__doc__, bound.__name__, bound.__qualname__, hasattr(bound, 'nope'))
try:
    bound.nope
except AttributeError as e:
    print(e)
try:
    bound.tag = 1
except AttributeError as e:
    print(e)
print(abc.update_abstractmethods(C) is C, sorted(C.__abstractmethods__))
