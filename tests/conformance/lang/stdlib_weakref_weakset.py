# WeakSet: the set API and operators against sets and WeakSets, members vanishing.
import weakref
import copy
import gc

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Obj(%d)' % self.n

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e if type(e) is not KeyError or type(e.args[0]) is str else type(e.args[0]).__name__)

def names(s):
    return sorted(o.n for o in s)

o = [Obj(i) for i in range(6)]
a = weakref.WeakSet(o[:3])
b = weakref.WeakSet(o[2:5])
print(len(a), names(a), o[0] in a, o[4] in a, 5 in a, Obj(0) in a)
print(names(a | b), names(a & b), names(a - b), names(a ^ b), type(a | b).__name__)
print(names(a.union(o[5:])), names(a.intersection(o[:2])), names(a.difference([o[0]])), names(a.symmetric_difference(b)))
print(a <= b, a < weakref.WeakSet(o), a >= weakref.WeakSet(o[:1]), a > a, a == weakref.WeakSet(o[:3]), a != b, a == set(o[:3]))
print(a.issubset(o), a.issuperset(o[:2]), a.isdisjoint(b), a.isdisjoint(o[5:]))
print(type(a.copy()).__name__, names(a.copy()), names(copy.copy(a)), names(copy.deepcopy(a)) if False else '')
c = weakref.WeakSet(o[:3])
c |= set(o[3:4]); print(names(c))
c &= set(o[1:4]); print(names(c))
c -= {o[1]}; print(names(c))
c ^= {o[2], o[5]}; print(names(c))
c.update(o[:2]); print(names(c))
c.difference_update([o[0]]); print(names(c))
c.intersection_update(o[1:4]); print(names(c))
c.symmetric_difference_update([o[1], o[4]]); print(names(c))
c.remove(o[4]); print(names(c))
show(lambda: type(c.remove(o[4])))
c.discard(o[4])
show(lambda: c.discard(5))
p = c.pop()
print(type(p).__name__, len(c))
c.clear()
show(lambda: c.pop())
show(lambda: c.add(1))
show(lambda: c.remove(1))
show(lambda: weakref.WeakSet([1]))
show(lambda: a < {1})
print(repr(weakref.WeakSet()), repr(weakref.WeakSet([o[0]])).startswith('{<weakref at 0x'), weakref.WeakSet.__module__)
print(bool(weakref.WeakSet()), bool(a), isinstance(a, weakref.WeakSet), a.__class__.__module__ if False else '')
show(lambda: hash(a))
t = weakref.WeakSet()
x = Obj(100)
t.add(x)
print(len(t))
del x
print(len(t), list(t))
y = Obj(101); y.me = y
t.add(y)
del y
print(len(t))
gc.collect()
print(len(t))
items = [Obj(i) for i in range(10, 15)]
t.update(items)
seen = []
for it in t:
    seen.append(it.n)
del it
print(sorted(seen))
del items[:3]
print(len(t), names(t))
class Sub(weakref.WeakSet):
    pass
s = Sub(o[:2])
print(type(s).__name__, names(s), type(s | a).__name__, type(s.copy()).__name__)
print(weakref.WeakSet.__class_getitem__(int) if hasattr(weakref.WeakSet, '__class_getitem__') else 'none')
