# The weak containers as the collections ABCs see them, the ABCs loaded first.
import collections.abc as cabc
import weakref
from collections import Counter

class Obj:
    pass

w = weakref.WeakValueDictionary()
k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
for c in (w, k, s):
    print(type(c).__name__, [n for n in ('Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Iterable',
                                         'Sized', 'Container', 'Collection', 'Hashable')
                             if isinstance(c, getattr(cabc, n))])
print(issubclass(weakref.WeakValueDictionary, cabc.MutableMapping), issubclass(weakref.WeakKeyDictionary, dict))
o = Obj()
w['a'] = o
k[o] = 3
print(Counter(w) == Counter({'a': o}), dict(w) == {'a': o}, w == {'a': o}, w != {'a': o}, w == 5)
print(dict(k)[o], k == {o: 3}, list(w.keys()), list(k.values()))
try:
    reversed(w)
except TypeError as e:
    print('TypeError', e)
try:
    hash(w)
except TypeError as e:
    print('TypeError', e)
print(weakref.WeakValueDictionary[str, int], weakref.WeakKeyDictionary[int, str], weakref.WeakSet[int])
print(sorted(weakref.__all__))
print(weakref.ProxyTypes, weakref.ReferenceType is weakref.ref, weakref.KeyedRef.__mro__[1] is weakref.ref)
kr = weakref.KeyedRef(o, None, 'key')
print(kr.key, kr() is o, type(kr).__name__)
w.clear(); k.clear()
print(len(w), len(k))
