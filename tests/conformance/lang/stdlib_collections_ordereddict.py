# OrderedDict: order operations, equality rules, reprs, views and the errors users hit.
from collections import OrderedDict

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

od = OrderedDict()
print(od, repr(od), len(od), bool(od))
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(od)
show(lambda: od.move_to_end('zz'))
show(lambda: od.move_to_end('zz', last=False))
print(od.popitem(), od)
od['x'] = 9
print(od.popitem(last=False), od)
print(od.popitem(False), od)
show(lambda: OrderedDict().popitem())
show(lambda: OrderedDict().popitem(last=False))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
d = {'b': 2, 'a': 1}
print(o1 == o2, o1 != o2, o1 == d, d == o1, o2 == d, o1 != d)
print(o1 == OrderedDict(a=1, b=2), dict(o1) == dict(o2))
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.values())), list(reversed(o1.items())))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('abc', 0))
c = o1.copy()
c['z'] = 26
print(c, o1, type(c).__name__)
print(o1 | {'c': 3}, {'c': 3} | o1, type({'c': 3} | o1).__name__)
o3 = OrderedDict(a=1)
o3 |= {'b': 2}
print(o3)
o3.update([('c', 3)], d=4)
print(o3)
print(o3.pop('a'), o3.pop('nope', 'dflt'), o3)
show(lambda: o3.pop('nope'))
print(o3.setdefault('b', 99), o3.setdefault('q', 7), o3)
del o3['b']
print(o3)
o3['c'] = 30
print(o3)
show(lambda: hash(o3))
print(isinstance(o1, dict), issubclass(OrderedDict, dict))
r = OrderedDict()
r['self'] = r
print(r)
nested = OrderedDict(a=OrderedDict(b=1))
print(nested)

class Sub(OrderedDict):
    pass
s = Sub(x=1, y=2)
print(s, repr(s), s.copy(), type(s.copy()).__name__)
s.clear()
print(s)

class LRU(OrderedDict):
    def __init__(self, maxsize=2):
        super().__init__()
        self.maxsize = maxsize
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]

lru = LRU(2)
lru['a'] = 1
lru['b'] = 2
lru['a']
lru['c'] = 3
print(lru, list(lru))
print(OrderedDict([(1, 'one'), (2, 'two')]), OrderedDict(zip('xyz', range(3))))
print(sorted(OrderedDict(b=1, a=2)))
big = OrderedDict((i, i * i) for i in range(6))
big.move_to_end(2, last=False)
big.move_to_end(0)
print(big, list(big.keys())[:3])
print(OrderedDict(a=1).__class__.__name__, OrderedDict.__module__)
views = OrderedDict([('b', 1), ('a', 2)])
print(views.keys(), views.values(), views.items(), type(views.keys()).__name__)
print(list(reversed(views.keys())), list(reversed(views.values())), list(reversed(views.items())))
print('a' in views.keys(), 2 in views.values(), ('a', 2) in views.items(), ('a', 3) in views.items())
print(views.keys() & {'a'}, views.keys() | {'z'} == {'a', 'b', 'z'}, len(views.items()), views.keys() == {'a', 'b'})
print(sorted(views.items()), [k for k in views.keys()], dict(views.items()))
views.move_to_end('b')
print(list(views.keys()), list(views.values()))
class Tracking(OrderedDict):
    def __getitem__(self, key):
        print('getitem', key)
        return super().__getitem__(key)
print(list(Tracking(x=1, y=2).items()), list(Tracking(x=1).values()))
try:
    OrderedDict().foo
except AttributeError as e:
    print('AttributeError', e)
try:
    OrderedDict(1, 2)
except TypeError as e:
    print('TypeError', e)
print(OrderedDict([('k', 1)]) == OrderedDict([('k', 1)]), OrderedDict(a=1) != OrderedDict(a=2), OrderedDict(a=1) == 5)
