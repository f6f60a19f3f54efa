# Overriding built-in methods, super(), __new__ of immutable bases, __missing__, cycles.
import sys, gc
class L(list):
    def __init__(self, it, tag):
        super().__init__(it)
        self.tag = tag
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
    def append(self, v):
        super().append(v * 100)
l = L([1, 2], 't')
l.append(3)
print(l, l[0], len(l), l.tag, list.__len__(l), list.__getitem__(l, 2))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 2
d = D()
d['a'] = 1
print(d, d['a'], dict(d))
class P(int):
    def __new__(cls, v, label):
        obj = int.__new__(cls, v)
        obj.label = label
        return obj
    def __repr__(self):
        return f'P({int(self)}, {self.label!r})'
p = P(5, 'five')
print(p, p + 1, p.label, str(p), int(p), float(p))
class Name(str):
    def __new__(cls, s):
        return super().__new__(cls, s.title())
print(Name('hello world'), type(Name('x')).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f'Point{tuple.__repr__(self)}'
pt = Point(1, 2)
print(pt, pt.x, pt == (1, 2), hash(pt) == hash((1, 2)))
class St(set): pass
print(St([1]), St(), frozenset.__new__(frozenset, [1]))
class Fz(frozenset): pass
print(Fz([2]), Fz())
class L2(L):
    pass
m = L2([5], 'z')
print(m, isinstance(m, L), [c.__name__ for c in type(m).__mro__])
class A(list): pass
# test_gc's newinstance
a = A()
a.a = a
gc.collect()
del a
print(gc.collect())
b = A(); b.append(b)
del b
print(gc.collect())
class Sl(list):
    __slots__ = ('x',)
s = Sl([1]); s.x = 3
print(s, s.x, sys.getsizeof(s), sys.getsizeof(Sl()))
try:
    class Bad(tuple):
        __slots__ = ('y',)
except TypeError as e:
    print(e)
try:
    object.__new__(A)
except TypeError as e:
    print(e)
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt()
c['x'] += 1
print(c)
import weakref
w = weakref.ref(m)
print(w() is m)
print(repr(L2.__basicsize__), A.__basicsize__, A.__weakrefoffset__)
