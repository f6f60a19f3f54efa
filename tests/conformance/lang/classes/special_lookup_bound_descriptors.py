import functools
class A:
    __call__ = staticmethod(lambda *a: ('static', a))
print(A()(1, 2))
class B:
    __call__ = print
B()('via print')
class D(dict):
    __init__ = dict.__init__
print(D(a=1), D([(1, 2)]))
class L(list):
    __init__ = list.__init__
    __iter__ = list.__iter__
print(L('abc'), list(L('xy')))
class P:
    def _g(self, name, extra):
        return (name, extra)
    __getattr__ = functools.partialmethod(_g, extra='x')
print(P().foo)
class S:
    __getattr__ = staticmethod(lambda name: 'static ' + name)
print(S().bar)
class CallInst:
    def __call__(self, *a):
        return ('inst', len(a))
class Q:
    __call__ = CallInst()
    __init__ = CallInst()
try:
    print(Q()(1))
except TypeError as e:
    print('TypeError', e)
class F:
    def __format__(self, spec):
        return 'F' + spec
    __str__ = __format__
print(f'{F():>5}', format(F(), 'x'))
class F2:
    __format__ = staticmethod(lambda spec: 'S' + spec)
print(format(F2(), 'q'))
class R:
    __repr__ = staticmethod(lambda: 'static repr')
print(repr(R()))
class E:
    __eq__ = staticmethod(lambda other: 'eq!')
print(E() == 1)
class M(type):
    __instancecheck__ = classmethod(lambda cls, obj: True)
class X(metaclass=M): pass
print(isinstance(1, X))
class Dr:
    __dir__ = staticmethod(lambda: ['b', 'a'])
print(dir(Dr()))
class H:
    __hash__ = staticmethod(lambda: 42)
print(hash(H()))
class I:
    __iter__ = staticmethod(lambda: iter([1, 2]))
print(list(I()))
class CM:
    @classmethod
    def __init__(cls, x):
        print('classmethod init', cls.__name__, x)
CM(5)
