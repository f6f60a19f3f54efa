# A blog-style tour of sys.getsizeof: shallow vs deep sizes, slots, namedtuple, containers, growth.
# "How much memory does my Python object use?" -- a blog-style tour
import sys, gc
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter

def deep_getsizeof(o, seen=None):
    if seen is None:
        seen = set()
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(deep_getsizeof(k, seen) + deep_getsizeof(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple, set, frozenset, deque)):
        size += sum(deep_getsizeof(i, seen) for i in o)
    elif hasattr(o, '__dict__'):
        size += deep_getsizeof(o.__dict__, seen)
    elif hasattr(o, '__slots__'):
        size += sum(deep_getsizeof(getattr(o, s), seen) for s in o.__slots__ if hasattr(o, s))
    return size

class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
class SlotPoint:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
NT = namedtuple('NT', 'x y')
for label, obj in [('Point', Point(1, 2)), ('SlotPoint', SlotPoint(1, 2)), ('tuple', (1, 2)),
                   ('NT', NT(1, 2)), ('dict', {'x': 1, 'y': 2}), ('list', [1, 2])]:
    print(f'{label:10} shallow={sys.getsizeof(obj):4} deep={deep_getsizeof(obj):4}')
print('range vs list', sys.getsizeof(range(10**6)), sys.getsizeof(list(range(1000))))
print('gen vs list', sys.getsizeof(x * 2 for x in range(1000)), sys.getsizeof([x * 2 for x in range(1000)]))
print('deque', sys.getsizeof(deque()), sys.getsizeof(deque(range(100))))
print('OrderedDict', sys.getsizeof(OrderedDict()), sys.getsizeof(OrderedDict(a=1)))
print('defaultdict', sys.getsizeof(defaultdict(list)), 'Counter', sys.getsizeof(Counter('hello')))
print('str', [sys.getsizeof(s) for s in ('', 'a', 'é', '€', '😀', 'a' * 100)])
print('bytes', [sys.getsizeof(b) for b in (b'', b'a', b'a' * 100)])
print('int', [sys.getsizeof(i) for i in (0, 1, 2**30, 2**60, 2**90, -1, True)])
print('float/complex', sys.getsizeof(1.0), sys.getsizeof(1j))
print('set', [sys.getsizeof(set(range(n))) for n in (0, 4, 5, 18, 19, 100)])
print('dict', [sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 11, 22, 100)])
print('list growth', sorted({sys.getsizeof(l) for l in ([0] * 0,)}), end=' ')
l = []
sizes = []
for i in range(40):
    l.append(i)
    s = sys.getsizeof(l)
    if not sizes or sizes[-1] != s:
        sizes.append(s)
print(sizes)
print('functions', sys.getsizeof(deep_getsizeof), sys.getsizeof(lambda: 0), sys.getsizeof(Point), sys.getsizeof(SlotPoint))
print('module', sys.getsizeof(sys), sys.getsizeof(gc))
print('instances', sys.getsizeof(Point(1, 2)), sys.getsizeof(Point(1, 2).__dict__))
p = Point(1, 2); p.z = 3
print('after extra attr', sys.getsizeof(p.__dict__))
print('type objects', sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object))
print('None/Ellipsis', sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
print('exceptions', sys.getsizeof(ValueError()), sys.getsizeof(KeyError('k')))
print('methods', sys.getsizeof(p.__init__), sys.getsizeof([].append), sys.getsizeof(len))
print('iterators', sys.getsizeof(iter([])), sys.getsizeof(iter({})), sys.getsizeof(iter(range(3))), sys.getsizeof(enumerate([])), sys.getsizeof(zip()))
print('property/staticmethod', sys.getsizeof(property()), sys.getsizeof(staticmethod(len)), sys.getsizeof(classmethod(len)))
print('slice/memory', sys.getsizeof(slice(1)), sys.getsizeof(bytearray(b'abc')))
