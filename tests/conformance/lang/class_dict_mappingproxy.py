# A class's __dict__ is a new read-only mappingproxy on each access (40 bytes, tracked, one
# GC allocation), and types.MappingProxyType is that type.
import gc, sys, types
class A:
    x = 1
    def f(self): pass
print(type(A.__dict__).__name__, type(A.__dict__))
print(list(A.__dict__.keys()))
print(A.__dict__['x'], 'f' in A.__dict__, len(A.__dict__))
print(vars(A)['x'], A.__dict__ is A.__dict__, A.__dict__ == A.__dict__)
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print(e)
try:
    del A.__dict__['x']
except TypeError as e:
    print(e)
try:
    A.__dict__.x = 2
except AttributeError as e:
    print(e)
try:
    hash(A.__dict__)
except TypeError as e:
    print(e)
print(repr(A.__dict__)[:40])
print(str(A.__dict__)[:30])
print(sys.getsizeof(A.__dict__), gc.is_tracked(A.__dict__))
m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, m['a'], m.get('c', 3), list(m), list(reversed(m)), m | {'c': 3}, {'z': 0} | m, m.copy(), len(m), 'a' in m)
print(type(m) is type(A.__dict__), types.MappingProxyType.__name__, types.MappingProxyType.__module__)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
print(gc.get_count()[0] >= 0)
before = gc.get_count()
d = A.__dict__
after = gc.get_count()
print(after[0] - before[0])
del d
print(gc.get_count()[0] - before[0])
class S:
    __slots__ = ('a', 'b')
print(sorted(k for k in S.__dict__ if not k.startswith('__doc')))
print(types.MappingProxyType[int])
