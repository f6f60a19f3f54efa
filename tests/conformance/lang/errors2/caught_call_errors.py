# Wrong calls to functions, methods, lambdas and builtins, caught and printed.
import traceback, sys
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
        traceback.print_exc(file=sys.stdout)

def f(a, b, *, c): pass
class K:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2))
show(lambda: f(1, 2, 3, c=4))
show(lambda: f(1, 2, c=3, d=4))
show(lambda: f(1, a=1, b=2, c=3))
show(lambda: K().m())
show(lambda: K().m(1, 2))
show(lambda: K.cm())
show(lambda: K.cm(1, 2))
show(lambda: K.sm())
show(lambda: K.m(K()))
show(lambda: (lambda x: x)())
show(lambda: (lambda: 1)(2))
def g(a, b=1, /, c=2, *args, d, e=3, **kw): pass
show(lambda: g())
show(lambda: g(1, b=2, d=1))
show(lambda: g(1))
def h(x, y, z): pass
show(lambda: h(1))
show(lambda: h(x=1))
show(lambda: h(1, 2, 3, 4, 5))
def kw(*, a, b, c): pass
show(lambda: kw())
show(lambda: kw(1))
show(lambda: kw(a=1))
show(lambda: len(5))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: int('x'))
show(lambda: int('12', 1))
show(lambda: int('z', 36 + 1))
show(lambda: int(3.5, 10))
show(lambda: sorted([3, 'a', 1]))
show(lambda: sorted([None, None]))
show(lambda: {[1]: 2})
show(lambda: hash({}))
show(lambda: set([[1]]))
show(lambda: None[0])
show(lambda: [x for x in None])
show(lambda: None())
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: [1] + None)
show(lambda: 1 - 'x')
show(lambda: 'x' * 2.0)
show(lambda: {} | [])
show(lambda: 2 ** 'x')
show(lambda: 'x' < 1)
show(lambda: [] > 1)
show(lambda: divmod('a', 1))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2, -1, 4))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: 1 % 0.0)
show(lambda: 5.0 // 0)
