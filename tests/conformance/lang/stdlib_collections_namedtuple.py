# namedtuple: fields, defaults, rename, reprs, _make/_asdict/_replace and the errors users hit.
from collections import namedtuple
import copy

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, Point.__name__, Point.__qualname__, Point.__doc__)
print(Point.x.__doc__, Point.y.__doc__)
print(Point.__new__.__doc__)
print(Point._make([3, 4]), Point._make(range(2)))
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=10), p._replace())
print(Point(x=5, y=6), Point(7, y=8))
print(isinstance(p, tuple), issubclass(Point, tuple), type(p).__mro__)
print(p == (1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
print(Point.__match_args__, Point._field_defaults)
print(Point.__module__, Point.__slots__)
x, y = p
print(x + y)

P3 = namedtuple('P3', 'a b c', defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
P4 = namedtuple('P4', 'a, b  c')
print(P4._fields)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y', 'ok'], rename=True)
print(R._fields)
One = namedtuple('One', 'only')
print(One(1), One._make([2]), One.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, repr(Empty()))
G = namedtuple('G', iter(['u', 'v']))
print(G(1, 2))
M = namedtuple('M', 'a', module='mymod')
print(M.__module__)

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: namedtuple('Bad', ['a', 'a']))
show(lambda: namedtuple('Bad', ['_a']))
show(lambda: namedtuple('Bad', ['class']))
show(lambda: namedtuple('class', ['a']))
show(lambda: namedtuple('Bad', ['1a']))
show(lambda: namedtuple('1Bad', ['a']))
show(lambda: namedtuple('Bad', ['a', 3]))
show(lambda: namedtuple('Bad', 'a b', defaults=[1, 2, 3]))
show(lambda: Point(1))
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, z=2))
show(lambda: Point._make([1]))
show(lambda: Point._make([1, 2, 3]))
show(lambda: p._replace(z=1))
show(lambda: p._replace(z=1, w=2))
show(lambda: setattr(p, 'x', 5))
show(lambda: setattr(p, 'z', 5))
show(lambda: p.z)
show(lambda: Point(x=1, x2=2))

class Point3(Point):
    __slots__ = ()
    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point3: x=%6.3f y=%6.3f hyp=%6.3f' % (self.x, self.y, self.hyp)

q = Point3(3, 4)
print(q, repr(q), q._replace(x=6), type(q._replace(x=6)).__name__, Point3._make([5, 12]).hyp)
print(q._asdict())

class WithDict(namedtuple('Base', 'a b')):
    pass
w = WithDict(1, 2)
w.extra = 3
print(w, w.extra, w.__dict__)

print(copy.copy(p), copy.deepcopy(p), p.__getnewargs__())
print(True)
Nested = namedtuple('Nested', 'inner other')
n = Nested(Point(1, 2), [1, 2])
print(n, n._asdict())
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print({Point(1, 2): 'a'}[(1, 2)])
print(p.count(1), p.index(2))
print(Point._make.__doc__, Point._replace.__doc__)
print(Point._asdict.__qualname__, Point.__repr__.__qualname__, Point._make.__qualname__)
