# namedtuple field descriptors (_collections._tuplegetter): reads, the errors of writes, docs, direct use.
from collections import namedtuple
import collections
P = namedtuple('P', 'x y')
p = P(1, 2)
print(type(P.x), P.x.__doc__, P.y.__doc__, type(P.x).__name__, type(P.x).__module__)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x, P.x.__get__(p, P))
for f in (lambda: setattr(p, 'x', 3), lambda: delattr(p, 'x'), lambda: P.x.__get__(5), lambda: P.x.__set__(p, 1), lambda: P.x.__delete__(p), lambda: collections._tuplegetter(5, 'd').__get__((1,)), lambda: collections._tuplegetter('a', 'd')):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
class Q(P):
    def __getitem__(self, i):
        return 'overridden'
q = Q(5, 6)
print(q.x, q[0], q.y)
g = collections._tuplegetter(1, 'second')
print(g.__doc__, g.__reduce__()[1], g.__get__((7, 8)))
class Own(tuple):
    first = collections._tuplegetter(0, 'first item')
print(Own((4, 5)).first, Own.first.__doc__)
