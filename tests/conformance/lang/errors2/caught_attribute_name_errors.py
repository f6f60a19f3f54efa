# AttributeError and NameError raised and printed with traceback.print_exc.
import traceback, sys
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
        traceback.print_exc(file=sys.stdout)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.yy ** 2) ** 0.5
p = Point(1, 2)
show(lambda: p.z)
show(lambda: p.norm())
show(lambda: p.nrom())
show(lambda: Point.nrom)
show(lambda: [].appendd(1))
show(lambda: 'abc'.uper())
show(lambda: {}.iteritems())
import collections
show(lambda: collections.OrderDict)
show(lambda: sys.argvv)
def ne():
    counter = 1
    return countr + 1
show(ne)
show(lambda: lenn([]))
show(lambda: Print(1))
show(lambda: math.pi)
show(lambda: os.getcwd())
show(lambda: json.dumps(1))
class C:
    def meth(self):
        return valu
    value = 3
show(lambda: C().meth())
class D:
    def __init__(self):
        self.blah = 1
    def f(self):
        return blah
show(lambda: D().f())
show(lambda: None.upper())
show(lambda: (1).real.imag.foo)
show(lambda: type.mro(1))
import types
ns = types.SimpleNamespace(alpha=1)
show(lambda: ns.alpah)
class S:
    __slots__ = ('aa',)
show(lambda: S().aa)
show(lambda: setattr(S(), 'bb', 1))
class P:
    @property
    def v(self):
        return self.missing
show(lambda: P().v)
class G:
    def __getattr__(self, name):
        raise AttributeError(name)
show(lambda: G().foo)
e = AttributeError('x', name='n', obj=1)
print(e.name, e.obj)
e = NameError('x', name='nn')
print(e.name)
