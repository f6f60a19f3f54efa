import abc
class P(classmethod):
    pass
class S(staticmethod):
    pass
class Loud(classmethod):
    def __init__(self, f):
        print('wrapping', f.__name__)
        super().__init__(f)
    def __get__(self, obj, cls=None):
        print('get via', cls.__name__)
        return super().__get__(obj, cls)
class A:
    @P
    def f(cls): return cls.__name__
    @S
    def g(): return 'g'
    @Loud
    def h(cls, x): return (cls.__name__, x)
class B(A): pass
print(A.f(), A.g(), B.f(), B().f(), A().g(), B.h(1))
print(type(A.__dict__['f']).__name__, isinstance(A.__dict__['f'], classmethod), A.__dict__['f'].__func__.__name__)
print(A.__dict__['g'].__wrapped__.__name__, A.__dict__['f'].__name__)
class Base(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def util(): ...
print(sorted(Base.__abstractmethods__), type(Base.__dict__['make']).__name__)
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 'u'
print(type(Impl.make()).__name__, Impl.util())
p = P(len)
print(p.__func__, type(p).__mro__[1])
try:
    P()
except TypeError as e:
    print(e)
class Tagged(staticmethod):
    def __init__(self, f, tag='x'):
        super().__init__(f)
        self.tag = tag
t = Tagged(print, tag='hello')
print(t.tag, t.__func__ is print, vars(t).get('tag'))
import abc
class B(abc.ABC):
    @abc.abstractproperty
    def size(self): return 0
    @property
    @abc.abstractmethod
    def name(self): ...
print(sorted(B.__abstractmethods__), type(B.__dict__['size']).__name__, B.__dict__['size'].__isabstractmethod__)
class C(B):
    size = 3
    name = 'c'
print(C().size, C().name)
