# WeakValueDictionary and WeakKeyDictionary: the full mapping API, copies, operators,
# ref accessors, and entries vanishing when referents die (with and without gc).
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
        print(type(e).__name__, e)

def show_type(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, type(e.args[0]).__name__)

objs = [Obj(i) for i in range(4)]
w = weakref.WeakValueDictionary({'a': objs[0]}, b=objs[1])
w.update([('c', objs[2])])
w.update({'d': objs[3]})
print(len(w), sorted(w), sorted(w.keys()), sorted(w.values(), key=lambda o: o.n), sorted(w.items()))
print(type(w.keys()).__name__, type(w.values()).__name__, type(w.items()).__name__, type(iter(w)).__name__)
print('a' in w, 'z' in w, w['a'], w.get('z'), w.get('z', 'dflt'), w.get('b'))
print(repr(w).startswith('<WeakValueDictionary at 0x'), isinstance(w, weakref.WeakValueDictionary))
show(lambda: w['z'])
print(w.pop('a'), w.pop('zz', None), len(w))
show(lambda: w.pop('zz'))
print(w.setdefault('b', Obj(99)), w.setdefault('e', objs[0]), len(w))
k, v = w.popitem()
print(type(k).__name__, type(v).__name__, len(w))
w['b'] = objs[1]
refs = w.valuerefs()
print(type(refs).__name__, len(refs), all(isinstance(r, weakref.ref) for r in refs), sorted(r().n for r in refs))
print(sorted(r().n for r in w.itervaluerefs()))
print(sorted(w.keys()) == sorted(k for k in w))
c = w.copy()
print(type(c).__name__, sorted(c.items()), sorted(copy.copy(w).items()))
dc = copy.deepcopy(w)
print(type(dc).__name__, sorted(dc) == sorted(w))
u = w | {'q': objs[3]}
print(type(u).__name__, sorted(u))
u2 = {'r': objs[2]} | w
print(type(u2).__name__, sorted(u2))
w |= {'s': objs[1]}
print(sorted(w))
del w['s']
show(lambda: w.__delitem__('s'))
dead = Obj(50)
w['dead'] = dead
print('dead' in w, len(w))
del dead
print('dead' in w, len(w), w.get('dead'))
cyc = Obj(60); cyc.me = cyc
w['cyc'] = cyc
del cyc
print('cyc' in w)
gc.collect()
print('cyc' in w, len(w))
w.clear()
print(len(w), list(w))
show(lambda: w.popitem())
show(lambda: w.__setitem__('x', 5))
show(lambda: weakref.WeakValueDictionary({1: 1}))

keys = [Obj(i) for i in range(3)]
k = weakref.WeakKeyDictionary({keys[0]: 'zero'})
k[keys[1]] = 'one'
k.update({keys[2]: 'two'})
print(len(k), sorted(k.values()), sorted(o.n for o in k), sorted((o.n, v) for o, v in k.items()))
print(type(k.keys()).__name__, type(k.values()).__name__, type(k.items()).__name__)
print(keys[0] in k, Obj(7) in k, 5 in k, k[keys[1]], k.get(keys[2]), k.get(Obj(8), 'none'))
show_type(lambda: k[Obj(9)])
show(lambda: k.__setitem__(5, 'x'))
print(repr(k).startswith('<WeakKeyDictionary at 0x'))
print(k.pop(keys[0]), k.pop(Obj(1), 'gone'), len(k))
show_type(lambda: k.pop(Obj(1)))
print(k.setdefault(keys[1], 'X'), k.setdefault(keys[0], 'again'), len(k))
kr = k.keyrefs()
print(type(kr).__name__, len(kr), sorted(r().n for r in kr))
o, v = k.popitem()
print(type(o).__name__, type(v).__name__, len(k))
kc = k.copy()
print(type(kc).__name__, len(kc), len(copy.copy(k)), len(copy.deepcopy(k)) >= 0)
print(type(k | {keys[2]: 'new'}).__name__, len({keys[2]: 'r'} | k))
k |= {keys[2]: 'two!'}
print(k[keys[2]])
del k[keys[2]]
show_type(lambda: k.__delitem__(keys[2]))
tmp = Obj(70)
k[tmp] = 'tmp'
n0 = len(k)
del tmp
print(n0, len(k))
cy = Obj(80); cy.me = cy
k[cy] = 'cy'
del cy
gc.collect()
print(len(k), sorted(v for v in k.values()))
k.clear() if hasattr(k, 'clear') else None
print(len(k))
del keys, objs
print(len(w), len(k))
