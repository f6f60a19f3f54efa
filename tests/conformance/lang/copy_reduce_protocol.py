# copy.copy / deepcopy of user classes the CPython way: __reduce_ex__(4), __reduce__, __getstate__/
# __setstate__, slots, __copy__/__deepcopy__, copyreg.dispatch_table, cycles, refused built-ins.
import copy, copyreg

class Plain:
    def __init__(self): self.items = [1, [2]]
class Slots:
    __slots__ = ('a', 'b')
class Both:
    __slots__ = ('s', '__dict__')
class GS:
    def __init__(self): self.v = [1]
    def __getstate__(self): return {'v': self.v, 'extra': 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
class RX:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto): print('reduce_ex', proto); return (RX, (self.v + 1,))
class RD:
    def __init__(self, v): self.v = v
    def __reduce__(self): print('reduce'); return (RD, (self.v * 10,), {'w': 5})
class CC:
    def __copy__(self): print('__copy__'); return 'copied'
    def __deepcopy__(self, memo): print('__deepcopy__', type(memo).__name__); return 'deep'
class NA(int):
    def __new__(cls, v): o = super().__new__(cls, v); o.tag = 't'; return o
class L(list): pass
class D(dict): pass
class Cyc:
    pass

p = Plain(); c = copy.copy(p); d = copy.deepcopy(p)
print(c.items is p.items, d.items is p.items, d.items[1] is p.items[1], d.items)
s = Slots(); s.a = [1]
s2 = copy.copy(s); s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, hasattr(s3, 'b'))
b = Both(); b.s = 1; b.x = [2]
b2 = copy.deepcopy(b); print(b2.s, b2.x, b2.x is b.x)
g = copy.copy(GS()); print(g.v, g.extra, g.restored)
print(copy.copy(RX(1)).v, copy.deepcopy(RX(1)).v)
r = copy.copy(RD(2)); print(r.v, r.w)
print(copy.copy(CC()), copy.deepcopy(CC()))
n = copy.copy(NA(5)); print(n, n.tag, type(n).__name__)
l = L([1, [2]]); l.attr = 'a'
l2 = copy.deepcopy(l); print(l2, type(l2).__name__, l2.attr, l2[1] is l[1])
dd = D(a=[1]); dd.attr = 'd'
d2 = copy.copy(dd); print(d2, type(d2).__name__, d2.attr, d2['a'] is dd['a'])
x = Cyc(); x.self = x; x.lst = [x]
y = copy.deepcopy(x); print(y.self is y, y.lst[0] is y, y is not x)
copyreg.pickle(Plain, lambda o: (Plain, ()))
print(copy.copy(p).__dict__)
print(copy.copy(1), copy.copy([1, 2]), copy.deepcopy({'a': (1, [2])}), copy.copy(len) is len, copy.deepcopy(Plain) is Plain)
class Gen:
    def __init__(self): self.g = (i for i in range(3))
try:
    copy.deepcopy(Gen())
except TypeError as e:
    print('TypeError', e)
try:
    copy.copy((i for i in []))
except TypeError as e:
    print('TypeError', e)
import datetime, decimal, fractions, collections
print(copy.deepcopy(datetime.date(2020, 1, 2)), copy.deepcopy(decimal.Decimal('1.5')), copy.deepcopy(fractions.Fraction(1, 3)))
print(copy.deepcopy(collections.OrderedDict(a=1)), copy.deepcopy(collections.defaultdict(list, a=[1])), copy.deepcopy(collections.deque([1, 2], 5)))
print(copy.deepcopy(collections.Counter('aab')), copy.deepcopy(collections.namedtuple('P', 'x y')(1, [2])))
