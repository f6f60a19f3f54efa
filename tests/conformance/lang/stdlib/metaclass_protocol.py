class M(type):
    def __instancecheck__(cls, x): return x == 5
    def __subclasscheck__(cls, c): return c is int
    def __len__(cls): return 7
    def __iter__(cls): return iter('ab')
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, k): return k == 1
    def __repr__(cls): return '<M ' + cls.__name__ + '>'
    @property
    def members(cls): return 'mem'
    def hello(cls): return 'hello ' + cls.__name__
class A(metaclass=M):
    pass
print(isinstance(5, A), isinstance(4, A), issubclass(int, A), issubclass(str, A))
print(len(A), list(A), A[3], 1 in A, 2 in A, repr(A), A, A.members, A.hello())
print(isinstance(5, (str, A)))
class Base:
    def __class_getitem__(cls, item): return cls
class P:
    def __mro_entries__(self, bases): return (Base,)
class C(P()): pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__)
class D(Base[int]): pass
print(D.__mro__)
class N(type):
    def __new__(m, name, bases, ns, **kw):
        print('N.__new__', name, kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('N.__init__', name)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class E(metaclass=N, flag=True):
    def __init_subclass__(cls, **kw): print('isc', cls.__name__, kw)
class F(E, flag=False): pass
print(E.injected, type(F).__name__)
X = N('X', (), {})
print(X, type(X))
import gc
class G(metaclass=M): pass
del G
print(gc.collect() > 0)
print(type.__call__(int, '3'))
print(type('Y', (A,), {}))
