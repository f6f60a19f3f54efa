# collections.deque beyond its own methods: subclasses (__slots__, __iter__, __len__), the
# protocols that consume it (unpacking, sorted, join, list sizes), typing, gc and weakrefs.
import gc, sys, weakref, typing
from collections import deque
print(typing.Deque[int], typing.Deque)
class Q(deque):
    __slots__ = ('x',)
q = Q([1, 2, 3], 2); q.x = 5; print(q, q.x, sys.getsizeof(q) - sys.getsizeof(deque([1], 2)))
try:
    q.y = 1
except AttributeError as e:
    print(e)
try:
    hash(q)
except TypeError as e:
    print(e)
class R(deque):
    def __iter__(self):
        yield from (x * 2 for x in deque.__iter__(self))
    def __len__(self):
        return 42
r = R([1, 2]); print(list(r), len(r), r, bool(R()), deque(r))
class W(deque): pass
w = W(); w.append(w); ref = weakref.ref(w); del w; gc.collect(); print(ref())
d = deque(range(3)); d2 = deque.__new__(deque); print(d2, type(d2)); d2.__init__([7]); print(d2)
print(deque.__len__(d), deque.__getitem__(d, 1), deque.__contains__(d, 2))
print([x for x in deque('abc')], sorted(deque([3, 1, 2])), max(deque([3, 9, 2])), ''.join(deque('xyz')))
a, b, *c = deque(range(5)); print(a, b, c)
print(dict.fromkeys(deque('ab')), set(deque([1, 1, 2])), tuple(deque([1])), list(enumerate(deque('ab'))))
print(sys.getsizeof(list(deque(range(10)))), sys.getsizeof(list(iter(deque(range(10))))))
print(deque(x for x in range(3)), deque(range(70))[65], deque(range(70))[-66])
x = deque(range(200)); del x[100]; x.insert(50, 'm'); x.remove(150); print(len(x), x[50], x[99], x[100], sys.getsizeof(x))
e = deque(); e += [1]; e *= 3; e = e * 2; print(e, 3 * deque([0]))
print(deque([1, 2]) == deque([1, 2]), deque([1, [2]]) == deque([1, [2]]), deque([float('nan')]) == deque([float('nan')]))
n = float('nan'); print(deque([n]) == deque([n]), deque([1]) < deque([1, 0]), deque([2]) > deque([1, 5]))
print(isinstance(deque(), typing.Sequence), issubclass(deque, typing.MutableSequence))
it = iter(deque([1, 2, 3])); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(deque())).__module__, type(reversed(deque())).__qualname__)
for d in (deque(), deque([1])):
    print(repr(d), str(d), f'{d}', d.__class__.__name__)
gc.collect()
before = len(gc.get_objects())
for i in range(200):
    t = deque(range(i)); t.rotate(i); t.extendleft(range(i)); t.clear()
gc.collect(); print(len(gc.get_objects()) - before)
