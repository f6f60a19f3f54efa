# What the collector sees of weak containers: collect() counts for cycles through them,
# is_tracked, callbacks during collection, and entries dropped by the collector.
import gc
import weakref

gc.collect()
gc.disable()

class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return 'Node(%s)' % self.name

def cycle_through(container_factory, fill):
    holder = Node('holder')
    holder.box = container_factory()
    fill(holder.box, holder)
    holder.me = holder
    del holder
    return gc.collect()

print('wvd cycle', cycle_through(weakref.WeakValueDictionary, lambda box, h: box.__setitem__('k', h)))
print('wkd cycle', cycle_through(weakref.WeakKeyDictionary, lambda box, h: box.__setitem__(h, 1)))
print('ws cycle', cycle_through(weakref.WeakSet, lambda box, h: box.add(h)))
print('fin cycle', cycle_through(lambda: [], lambda box, h: box.append(weakref.finalize(h, print, 'fin ran'))))
print('empty wvd', cycle_through(weakref.WeakValueDictionary, lambda box, h: None))
print('empty wkd', cycle_through(weakref.WeakKeyDictionary, lambda box, h: None))
print('empty ws', cycle_through(weakref.WeakSet, lambda box, h: None))

w = weakref.WeakValueDictionary()
k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
print(gc.is_tracked(w), gc.is_tracked(k), gc.is_tracked(s), gc.is_tracked(w.data), gc.is_tracked(k.data), gc.is_tracked(s.data))
a = Node('a'); b = Node('b')
a.other = b; b.other = a
w['a'] = a; k[b] = 'b'; s.add(a); s.add(b)
print(len(w), len(k), len(s))
del a, b
print(len(w), len(k), len(s))
print('collected', gc.collect())
print(len(w), len(k), len(s), list(w), list(k), list(s))

def cb(r):
    print('callback', type(r).__name__, r() is None)
c = Node('c'); c.me = c
r = weakref.ref(c, cb)
w['c'] = c
del c
print('collected', gc.collect(), len(w))

del w, k, s
print('after del containers', gc.collect())
x = Node('x')
ws2 = weakref.WeakSet([x])
it = iter(ws2)
print(next(it))
del x
print('len during iteration', len(ws2))
del it
print('len after iteration', len(ws2))
gc.enable()

# Entries whose referents die while the container is being iterated are removed afterwards.
strong = {i: Node(str(i)) for i in range(4)}
wv = weakref.WeakValueDictionary(strong)
seen = []
for key in wv:
    seen.append(key)
    strong.pop((key + 1) % 4, None)
    print('inside', key, len(wv.data))
print(sorted(seen), len(wv), len(wv.data), sorted(wv))
wk = weakref.WeakKeyDictionary({n: n.name for n in strong.values()})
for node in list(strong.values()):
    pass
del node
for node, name in wk.items():
    strong.clear()
    print('inside items', name, len(wk.data))
del node
print('after', len(wk), len(wk.data))
try:
    for key in wv:
        wv['new'] = Node('n')
except RuntimeError as e:
    print('RuntimeError', e)
keep = [Node('k%d' % i) for i in range(3)]
wset = weakref.WeakSet(keep)
try:
    for item in wset:
        wset.add(Node('extra'))
        keep.append(Node('more'))
        wset.add(keep[-1])
except RuntimeError as e:
    print('RuntimeError', e)
print(len(wset))
