import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]['k'] is a[2]['k'])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t)
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'P({self.x!r}, {self.y!r})'
p = P(1, [2]); q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r) is P)
class S:
    __slots__ = ('a', 'b', '__c')
    def __init__(self): self.a = [1]; self.b = 2; self.__c = 3
    def c(self): return self.__c
s2 = copy.deepcopy(S()); print(s2.a, s2.b, s2.c())
class C:
    def __init__(self): self.n = 0
    def __copy__(self): print('__copy__'); return C()
    def __deepcopy__(self, memo): print('__deepcopy__', type(memo)); return C()
copy.copy(C()); copy.deepcopy(C())
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m is not l)
d = {}; d['self'] = d; e = copy.deepcopy(d); print(e['self'] is e)
class Node:
    def __init__(self): self.children = []; self.parent = None
root = Node(); ch = Node(); ch.parent = root; root.children.append(ch)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2, r2 is not root)
s = {1, 2, (3, 4)}; print(copy.deepcopy(s) == s, copy.copy(frozenset([1])))
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
Pt = namedtuple('Pt', 'x y'); pt = Pt([1], 2); pt2 = copy.deepcopy(pt); print(pt2, pt2.x is pt.x, type(pt2))
od = OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=4)))
class GS:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(GS()).v, copy.deepcopy(GS()).v)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
print(copy.copy(3), copy.deepcopy('s'), copy.deepcopy(len), copy.deepcopy(P) is P)
print(copy.Error, issubclass(copy.Error, Exception))
