# copy: builtin subclasses, __getnewargs__, __slots__ with __dict__, weakrefs, namespaces, self-references.
import copy, weakref, functools, collections, types
class N(int):
    def __new__(cls, v, tag='t'):
        o = int.__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        return (int(self), self.tag)
n = copy.deepcopy(N(5, 'x'))
print(n, n.tag, type(n).__name__, copy.copy(N(3)).tag)
class S(str): pass
s = S('ab'); s.extra = [1]
cs = copy.deepcopy(s)
print(cs, type(cs).__name__, cs.extra, cs.extra is s.extra)
class TT(tuple): pass
t = TT([1, [2]])
print(copy.copy(t), type(copy.deepcopy(t)).__name__, copy.deepcopy(t)[1] is t[1])
class Both:
    __slots__ = ('a', '__dict__')
b = Both(); b.a = 1; b.z = 2
cb = copy.copy(b)
print(cb.a, cb.z)
class Obj: pass
o = Obj()
r = weakref.ref(o)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
ns = types.SimpleNamespace(a=[1])
print(copy.deepcopy(ns), copy.deepcopy(ns).a is ns.a)
dd = collections.defaultdict(list, {'k': [1]})
cdd = copy.deepcopy(dd)
print(cdd, cdd['k'] is dd['k'], cdd.default_factory)
nt = collections.namedtuple('P', 'x y')(1, [2])
print(copy.copy(nt), copy.deepcopy(nt)[1] is nt[1])
class Mem:
    def __init__(self): self.me = self
m = copy.deepcopy(Mem())
print(m.me is m)
class GetStateNone:
    def __getstate__(self): return None
    def __setstate__(self, s): print('never')
print(type(copy.copy(GetStateNone())).__name__)
print(copy.deepcopy({1: {2: (3, [4])}}), copy.copy(range(3)), copy.deepcopy(frozenset({(1, 2)})))
class DC:
    def __deepcopy__(self, memo):
        return 'custom'
print(copy.deepcopy([DC(), DC()]))
