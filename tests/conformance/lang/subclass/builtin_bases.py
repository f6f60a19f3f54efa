# Subclasses of the built-in types: layout sizes, tracking, the built-in behaviour.
import sys, gc
class L(list):
    pass
x = L([1, 2, 3])
print(x, type(x) is L, isinstance(x, list), len(x), x[0], x[1:], sys.getsizeof(L()), sys.getsizeof(x))
x.append(4); x.extend([5]); x.attr = 'a'
print(x, x.attr, x.__dict__, sum(x), sorted(x, reverse=True), 3 in x, list(x), x == [1,2,3,4,5])
for i in x: print(i, end=' ')
print()
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d['b'] = 2
print(d, d['zz'], len(d), d.get('a'), isinstance(d, dict), sys.getsizeof(D()))
class I(int):
    def double(self): return self * 2
i = I(21)
print(i, i.double(), i + 1, type(i + 1).__name__, repr(i), i == 21, hash(i) == hash(21), sys.getsizeof(i), sys.getsizeof(I(2**70)))
class S(str):
    def shout(self): return self.upper() + '!'
s = S('hi')
print(s, s.shout(), len(s), s + 'x', type(s + 'x').__name__, s == 'hi', repr(s), sys.getsizeof(S('abc')), sys.getsizeof(S('é')))
class T(tuple):
    pass
t = T([1, 2])
print(t, len(t), t[0], t + (3,), isinstance(t, tuple), sys.getsizeof(t), sys.getsizeof(T()))
class F(float):
    pass
f = F(1.5)
print(f, f * 2, repr(f), sys.getsizeof(f))
class St(set):
    pass
st = St([1, 2])
st.add(3)
print(sorted(st), len(st), 2 in st, sys.getsizeof(St()))
class Fz(frozenset): pass
fz = Fz([1])
print(len(fz), 1 in fz, sys.getsizeof(fz))
class B(bytes): pass
b = B(b'ab')
print(b, len(b), b[0], sys.getsizeof(b))
print(gc.is_tracked(L()), gc.is_tracked(I(1)), gc.is_tracked(S('a')), gc.is_tracked(T()), gc.is_tracked(D()))
