# defaultdict and ChainMap: factories, reprs, copies, lookups through the chain, errors.
from collections import defaultdict, ChainMap, OrderedDict
import copy

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

dd = defaultdict(list)
dd['a'].append(1)
dd['b'].extend([2, 3])
print(dd, repr(dd), dd.default_factory, dict(dd))
print(dd['missing'], len(dd), 'zz' in dd, dd.get('zz'))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()), di)
print(defaultdict(), defaultdict(None, {'a': 1}), defaultdict(int, a=1, b=2), defaultdict(list, [(1, 2)]))
show(lambda: defaultdict()['x'])
show(lambda: defaultdict(None)['x'])
show(lambda: defaultdict(5))
show(lambda: defaultdict('abc'))
c = dd.copy()
print(type(c).__name__, c, c.default_factory is list, copy.copy(dd), copy.deepcopy(dd))
print(dd | {'z': [9]}, {'z': [9]} | dd, type({'z': 0} | dd).__name__)
d2 = defaultdict(set)
d2 |= {'k': {1}}
print(d2)
lam = defaultdict(lambda: 'dflt')
print(lam['q'], list(lam.items()), repr(lam).startswith('defaultdict(<function <lambda> at 0x'))
rec = defaultdict(None)
rec['me'] = rec
print(rec)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], dict(t['a']['b']), type(t['a']).__name__)
dd.default_factory = None
show(lambda: dd['nope'])
class MyDD(defaultdict):
    pass
m = MyDD(int)
m['x'] += 2
print(m, type(m.copy()).__name__)
print(isinstance(dd, dict), defaultdict.__module__, defaultdict.__name__)
print(defaultdict(int, {'a': 1}) == {'a': 1})
print(di.pop('m'), di.setdefault('new', 5), di['new'])

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm, repr(cm), len(cm), list(cm), sorted(cm.items()), cm['y'], cm['z'], cm.get('w', 'none'))
print('z' in cm, 'w' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap())
show(lambda: cm['w'])
cm['w'] = 5
print(a, b)
del cm['w']
print(a)
show(lambda: cm.__delitem__('z'))
show(lambda: cm.pop('z'))
print(cm.pop('zz', 'd'))
child = cm.new_child()
child['x'] = 100
print(child, child['x'], child.parents, child.maps[0])
child2 = cm.new_child({'q': 1})
print(child2, cm.new_child(m={'k': 1}), cm.new_child(x=0))
print(child.parents.parents, child.parents.parents.parents)
cc = cm.copy()
cc['x'] = -1
print(cc, cm, type(cc).__name__, copy.copy(cm))
pi = ChainMap({'p': 1}, {'q': 2})
print(pi.popitem(), pi)
show(lambda: pi.popitem())
pi.clear()
print(pi)
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
u = ChainMap({'a': 1})
u |= {'c': 3}
print(u)
print(list(ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 0})), ChainMap({'a': 1}) == {'a': 1})
s = ChainMap({})
s.maps[0]['self'] = s
print(s)
class Defaulting(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key
print(Defaulting({'a': 1})['b'], Defaulting({'a': 1}).get('b'))
print(ChainMap(OrderedDict(b=1), {'a': 2}))
print(sorted(ChainMap({'a': 1}, {'b': 2}).keys()), sorted(ChainMap({'a': 1}, {'b': 2}).values()))
