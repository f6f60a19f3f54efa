# collections.deque: CPython's block-based deque (64 items per block), its methods,
# errors, iteration checks and sizes.
import sys, gc, copy, weakref, operator
from collections import deque
import collections.abc as cabc

print(type(deque()), deque.__module__, deque.__name__, deque.__qualname__, deque.__basicsize__)
print(deque.__doc__.splitlines()[0])
print(deque(), deque([1, 2]), deque('abc', 2), deque(range(3), maxlen=5), deque(maxlen=0))
print(deque(iterable=[1], maxlen=None), deque([], 3).maxlen, deque().maxlen)
for args, kw in [((1,), {}), (([], -1), {}), (([], 'x'), {}), (([], 1.5), {}), ((), {'foo': 1}),
                 (([], 1, 2), {}), (([],), {'iterable': []})]:
    try:
        deque(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
d.__init__([9])
print(d)
d.__init__('xy', 1)
print(d, d.maxlen)

# sizes: 216 bytes + 528 per block, plus the GC head
for n in [0, 1, 31, 32, 33, 62, 63, 64, 65, 127, 128, 129, 200, 1000]:
    print(n, sys.getsizeof(deque(range(n))), deque(range(n)).__sizeof__())
d = deque()
sizes = []
for i in range(140):
    d.appendleft(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
d = deque()
for i in range(140):
    d.append(i)
print(sys.getsizeof(d))
for i in range(100):
    d.popleft()
print(sys.getsizeof(d), len(d))
d.clear()
print(sys.getsizeof(d), len(d), d)
print(sys.getsizeof(deque(range(100), maxlen=10)), sys.getsizeof(deque(range(10), 10)))
d = deque(range(5))
d.extendleft(range(100))
print(sys.getsizeof(d), d[0], d[-1], len(d))

# basic operations
d = deque(range(10))
print(d.pop(), d.popleft(), d, len(d), bool(d), bool(deque()))
d.append('a'); d.appendleft('b'); print(d)
print(d[0], d[-1], d[3], d[-4], d[True])
d[2] = 'x'; d[-2] = 'y'; print(d)
del d[0]; del d[-1]; del d[3]; print(d)
for bad in [100, -100]:
    for op in ('get', 'set', 'del'):
        try:
            if op == 'get': d[bad]
            elif op == 'set': d[bad] = 0
            else: del d[bad]
        except IndexError as e:
            print(op, bad, 'IndexError', e)
for key in [slice(0, 2), 'a', 1.0, None]:
    try:
        d[key]
    except TypeError as e:
        print('TypeError', e)
try:
    d[0:1] = [1]
except TypeError as e:
    print('TypeError', e)
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)

# rotate, reverse, insert, index, count, remove
d = deque(range(10))
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(1000003); print(d)
d.rotate(-1000003); print(d)
d.rotate(0); deque().rotate(5); deque([1]).rotate(-5)
for bad in ['1', 1.5, None]:
    try:
        d.rotate(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    d.rotate(1, 2)
except TypeError as e:
    print('TypeError', e)
d.reverse(); print(d)
big = deque(range(300)); big.rotate(77); print(big[0], big[76], big[77], big[-1], list(big)[:3])
big.rotate(-200); print(big[0], big[-1]); big.reverse(); print(big[0], big[150], big[-1])
d = deque('abc')
d.insert(0, 'x'); d.insert(100, 'y'); d.insert(-100, 'z'); d.insert(2, 'm'); d.insert(-1, 'n'); print(d)
try:
    deque([1, 2], maxlen=2).insert(0, 3)
except IndexError as e:
    print('IndexError', e)
d = deque([1, 2, 3, 2, 1, 2])
print(d.index(2), d.index(2, 2), d.index(2, 2, 4), d.index(1, -2), d.index(2, -100, 100), d.count(2), d.count(9))
for args in [(9,), (3, 3), (1, 1, 4), (2, 10, 0)]:
    try:
        d.index(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    d.index(1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    d.index()
except TypeError as e:
    print('TypeError', e)
d.remove(2); print(d)
try:
    d.remove(9)
except ValueError as e:
    print('ValueError', e)
print(1 in d, 9 in d, [1] in deque([[1]]))

# maxlen trims the opposite end
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m)
m.appendleft(-1); print(m)
m.extend('ab'); print(m)
m.extendleft('xyz'); print(m)
z = deque(maxlen=0); z.append(1); z.extend(range(5)); z.appendleft(1); print(z, len(z))
try:
    m.maxlen = 5
except AttributeError as e:
    print('AttributeError', e)
d = deque([1, 2, 3]); d.extend(d); print(d); d.extendleft(d); print(d)

# iteration and mutation checks
d = deque(range(5))
it = iter(d)
print(next(it), operator.length_hint(it), type(it).__name__, type(reversed(d)).__name__)
d.append(5)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    list(it)
except RuntimeError as e:
    print('again', e)
r = reversed(d); d.appendleft(0)
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError', e)
print(list(reversed(deque(range(130))))[:3], sum(deque(range(1000))))
it = iter(deque([1, 2])); print(list(it), list(it))

class Mutator:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
d = deque([1, 2, 3])
for meth in ('count', 'index', 'remove', '__contains__'):
    try:
        getattr(d, meth)(Mutator(d))
    except (RuntimeError, IndexError) as e:
        print(meth, type(e).__name__, e)

# comparisons, hashing, arithmetic
a, b = deque([1, 2]), deque([1, 3])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2]), deque() < deque([0]))
print(deque([1, 2]) == [1, 2], deque([1]) != [1])
try:
    a < [1]
except TypeError as e:
    print('TypeError', e)
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
print(a + b, a * 3, 2 * a, a * 0, a * -1, deque([1], 3) * 5, deque([1, 2], 3) * 2)
try:
    a + [1]
except TypeError as e:
    print('TypeError', e)
try:
    [1] + a
except TypeError as e:
    print('TypeError', e)
c = deque([1]); c += [2, 3]; c += 'ab'; print(c)
c *= 2; print(c, len(c))
c = deque([1, 2], 5); c *= 4; print(c)
c = deque([7], 5); c *= 9; print(c)
c = deque([1, 2]); c *= 0; print(c)
try:
    a * 'x'
except TypeError as e:
    print('TypeError', e)

# repr, copy, subclass
d = deque([1]); d.append(d); print(d, repr(deque(maxlen=4)))
print(copy.copy(deque([1, [2]], 5)), copy.deepcopy(deque([[1]])), deque([1]).copy(), deque([1]).__copy__())
x = [1]; dc = copy.deepcopy(deque([x, x])); print(dc[0] is dc[1], dc[0] is x)

class D(deque):
    def __init__(self, *args, tag='t'):
        super().__init__(*args)
        self.tag = tag
    def append(self, x):
        super().append(x * 10)
d = D([1, 2], tag='q')
d.append(3); d.extend([4])
print(d, d.tag, type(d).__name__, len(d), isinstance(d, deque), d[2], list(reversed(d)))
print(type(d.copy()).__name__, d.copy(), type(d + d).__name__, type(d * 2).__name__, d.maxlen)
d2 = copy.copy(d); print(type(d2).__name__, d2)
class E(deque):
    pass
e = E('ab', 4); e.x = 1; print(e, e.maxlen, e.x, e == deque('ab'), E.__mro__)
print(sys.getsizeof(e) - sys.getsizeof(deque('ab', 4)))
print(copy.deepcopy(e), copy.deepcopy(e).x)
for abc in (cabc.Sequence, cabc.MutableSequence, cabc.Sized, cabc.Iterable, cabc.Reversible,
            cabc.Container, cabc.Hashable, cabc.Mapping):
    print(abc.__name__, isinstance(deque(), abc), issubclass(E, abc))
print(deque[int], deque.__class_getitem__(str))

# memory: refcounts, gc, weakrefs
obj = object()
base = sys.getrefcount(obj)
d = deque([obj] * 100)
print(sys.getrefcount(obj) - base)
d.rotate(37); d.reverse(); print(sys.getrefcount(obj) - base)
d2 = d.copy(); d2 += d; print(sys.getrefcount(obj) - base)
del d2; d.clear(); print(sys.getrefcount(obj) - base)
d = deque([obj], maxlen=1); d.append(1); print(sys.getrefcount(obj) - base)
d = deque([1, 'a', obj])
print(gc.is_tracked(d), gc.is_tracked(iter(d)), gc.get_referents(d) == [1, 'a', obj])
gc.collect()
d = deque(); d.append(d); r = weakref.ref(d); del d
print(r() is not None, gc.collect(), r())
class Node:
    def __del__(self):
        print('del', self.name)
def make():
    q = deque()
    for name in 'abc':
        n = Node(); n.name = name; n.q = q; q.append(n)
make()
print('collected', gc.collect())
d = deque([Node()]); d[0].name = 'popped'; d.pop(); print('after pop')
it = iter(deque([1, 2])); print(gc.get_referents(it)[0] if gc.get_referents(it) else None)
