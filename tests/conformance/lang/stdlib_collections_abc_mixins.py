# collections.abc mixin methods: what a user class gets from Set, MutableSet, Mapping,
# MutableMapping, MutableSequence, Iterator, Generator and the views.
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, MutableSequence, Iterator,
                             Generator, KeysView, ItemsView, ValuesView, Hashable, Sequence)

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

class LSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return 'LSet(%r)' % (self.items,)

a, b = LSet([1, 2, 3]), LSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, a & [2, 3], [2, 9] & a if False else '', a | [7])
print(a == LSet([3, 2, 1]), a != b, a <= LSet([1, 2, 3, 4]), a < a, a >= LSet([1]), a > LSet([1]), a == [1, 2, 3])
print(a.isdisjoint(b), a.isdisjoint([9]), a <= {1, 2, 3}, {1, 2, 3} == a if False else '')
print(a._hash() == LSet([3, 1, 2])._hash(), a._hash() == hash(frozenset([1, 2, 3])), LSet("xyz")._hash() == hash(frozenset("xyz")), LSet()._hash())
show(lambda: a < [1])
show(lambda: a - 5)
show(lambda: 5 - a)
print({9, 1} - a if False else '', [1, 5] - a if False else '', a.__rsub__([1, 5]), a.__rxor__([1, 5]))

class MSet(LSet, MutableSet):
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
m = MSet([1, 2])
m.add(3); m.discard(1); m.discard(99)
print(m)
m.remove(2)
show(lambda: m.remove(2))
print(m.pop(), m)
show(lambda: m.pop())
m |= [5, 6, 7]; print(m)
m &= [6, 7, 8]; print(m)
m ^= [7, 9]; print(m)
m -= [6]; print(m)
m ^= m; print(m)
m2 = MSet([1, 2]); m2 -= m2; print(m2)
m3 = MSet([1, 2, 3]); m3.clear(); print(m3)

class DMap(MutableMapping):
    def __init__(self, *a, **k):
        self.d = {}
        self.update(*a, **k)
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return 'DMap(%r)' % self.d
dm = DMap({'a': 1}, b=2)
dm.update([('c', 3)])
dm.update(DMap(d=4))
class KeysOnly:
    def keys(self): return ['k']
    def __getitem__(self, k): return k.upper()
dm.update(KeysOnly())
print(dm, len(dm), 'a' in dm, 'z' in dm, dm.get('a'), dm.get('z'), dm.get('z', 0))
print(dm.keys(), dm.items(), dm.values(), type(dm.keys()).__name__)
print(list(dm.keys()), list(dm.items()), list(dm.values()), 'a' in dm.keys(), ('a', 1) in dm.items(), ('a', 2) in dm.items(), 1 in dm.values())
print(dm.keys() & {'a', 'q'}, dm.keys() | {'q'} == {'a', 'b', 'c', 'd', 'k', 'q'}, dm.items() - {('a', 1)} == set(dm.items()) - {('a', 1)})
print(dm.pop('a'), dm.pop('zz', None), dm.setdefault('b', 0), dm.setdefault('n', 'N'), dm)
show(lambda: dm.pop('zz'))
print(dm.popitem(), dm)
print(dm == {'c': 3, 'd': 4, 'k': 'K', 'n': 'N'}, dm == DMap(c=3, d=4, k='K', n='N'), dm == [1], dm != {})
dm.clear(); print(dm)
show(lambda: dm.popitem())
show(lambda: dm.update(1))
show(lambda: dm.update([1]))
show(lambda: reversed(dm))
show(lambda: hash(dm))
print(KeysView({'a': 1}), ItemsView({'a': 1}), ValuesView({'a': 1}), len(KeysView({'a': 1, 'b': 2})))
class FMap(Mapping):
    def __getitem__(self, k):
        if k == 'x': return 1
        raise KeyError(k)
    def __iter__(self): return iter(['x'])
    def __len__(self): return 1
print(dict(FMap()), FMap() == {'x': 1}, FMap().get('y', 5), 'x' in FMap(), list(FMap().items()))
show(lambda: hash(FMap()))

class MList(MutableSequence):
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __len__(self): return len(self.xs)
    def insert(self, i, v): self.xs.insert(i, v)
    def __repr__(self): return 'MList%r' % (self.xs,)
ml = MList(1, 2)
ml.append(3); ml.extend([4, 5]); ml.extend(ml); print(ml)
ml.reverse(); print(ml)
print(ml.pop(), ml.pop(0), ml)
ml.remove(3); print(ml, ml.index(4), ml.count(1))
show(lambda: ml.remove(99))
ml += (7, 8); print(ml)
ml.clear(); print(ml)
show(lambda: ml.pop())
print(list(reversed(MList(1, 2, 3))), 2 in MList(1, 2), MList(1, 2, 1).index(1, 1), MList(5, 6, 7).index(7, -1))
show(lambda: MList(1, 2).index(1, 1))

class Count(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
c = Count()
print(iter(c) is c, list(c))
class Gen(Generator):
    def __init__(self): self.i = 0
    def send(self, v):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
    def throw(self, typ, val=None, tb=None):
        raise typ
g = Gen()
print(next(g), g.send(None), list(Gen()))
print(g.close())
class Stubborn(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 2
show(lambda: Stubborn().close())
class H(Hashable):
    def __hash__(self): return 7
print(hash(H()), isinstance(H(), Hashable))
class T(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
t = T()
print(list(t), list(reversed(t)), 20 in t, t.index(20), t.count(10))
