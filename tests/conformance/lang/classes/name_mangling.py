from dataclasses import dataclass
class A:
    __x = 10
    print(__x, {__x: 1})
    __y = [__x] * 3
    def get(self):
        return self.__x, hasattr(self, '__x'), getattr(self, '_A__x'), type(self).__x
    class __Inner:
        __z = 5
        def z(self): return self.__z
    def inner(self): return A.__Inner().z(), A.__Inner.__name__
    @property
    def __p(self): return 'private prop'
    def p(self): return self.__p
    def __call__(self, __arg=1): return __arg
print(A().get(), A._A__y, A().inner(), A().p(), A()(), A()(2))
class B(A):
    __x = 20
    def get2(self): return self.__x, self._A__x
print(B().get(), B().get2())
@dataclass
class D:
    __secret: int = 3
    public: str = 'p'
print(D(), D(4, 'q'), [f for f in D.__dataclass_fields__])
class E:
    def __init__(self):
        self.__dict__['__raw'] = 1
        self.__v = 2
    def show(self):
        return sorted(self.__dict__), eval('self.__v') if False else None
print(E().show())
def module_level():
    __local = 5
    return __local
print(module_level())
class F:
    def f(self):
        __local = 1
        def g():
            nonlocal __local
            __local += 1
            return __local
        return g()
    def kw(self, **kwargs): return kwargs
    def call(self): return self.kw(__a=1)
print(F().f(), F().call())
class G:
    __slots__ = ['__a', 'b']
    def __init__(self): self.__a = 1; self.b = 2
print(G._G__a, sorted(G.__slots__), G().b)
class __H:
    __q = 1
print(__H._H__q if hasattr(__H, '_H__q') else vars(__H).get('_H__q', 'no'), [k for k in vars(__H) if 'q' in k])

class A:
    try:
        import __nonexistent_module
    except ImportError as e: print(type(e).__name__, e)
    def __f(self, __a, *, __k=1, **__kw): return (__a, __k)
    __slots__ = ('__s',)
    __t: int = 3
    class __B: pass
    print(__f.__name__, __f.__qualname__, __B.__name__, __B.__qualname__, __f.__code__.co_varnames, __f.__kwdefaults__)
    def g(self, **kw):
        def inner(): return self.__s
        return inner
    lam = lambda __q: __q
    print(lam.__code__.co_varnames)
    print(__annotations__)
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
a = A()
a._A__s = 5
print(a.g()())
try: a._A__f(__a=1)
except TypeError as e: print(e)
class _B:
    __z = 1
class ___:
    __z = 1
print([k for k in _B.__dict__ if 'z' in k], [k for k in ___.__dict__ if 'z' in k])
def outer():
    __x = 1
    class C:
        def f(self): return __x
    return C
try: outer()().f()
except NameError as e: print(e)
class D:
    def __init__(self): self.__v = 1; self.__w__ = 2
    def m(self): return f"{self.__v}"
    def __private_method(self): pass
    def n(self):
        global __gg
        __gg = 5
        return [__i for __i in range(2)]
print(sorted(vars(D())), D().m(), D().n(), '_D__gg' in globals())
match (1, 2):
    case _: pass
class E:
    def f(self, v):
        match v:
            case {'a': __m, **__rest}: return (__m, __rest)
    try:
        raise ValueError
    except ValueError as __e:
        print('e' , [k for k in locals() if 'e' in k and k.startswith('_')])
print(E().f({'a': 1, 'b': 2}))
