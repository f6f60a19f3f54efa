# WeakValueDictionary, WeakKeyDictionary and WeakSet entries of cyclic objects, seen from gc.callbacks and while iterating.
import gc, weakref
class Obj:
    def __init__(self, n):
        self.n = n
        self.me = self          # a cycle: only the collector frees it
    def __repr__(self):
        return f'Obj({self.n})'
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Obj) and other.n == self.n

gc.disable()
wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
objs = [Obj(i) for i in range(6)]
for o in objs:
    wvd[o.n] = o
    wkd[o] = o.n * 10
    ws.add(o)
print(len(wvd), len(wkd), len(ws))
keep = objs[::2]
del objs, o
print('before collect', len(wvd), len(wkd), len(ws))
print(sorted(wvd.keys()), sorted(k.n for k in wkd.keys()))
events = []
def cb(phase, info):
    if phase == 'stop':
        events.append((len(wvd), len(wkd), len(ws)))
gc.callbacks.append(cb)
n = gc.collect()
gc.callbacks.remove(cb)
print('collected', n, events)
print('after', len(wvd), len(wkd), len(ws), sorted(wvd.keys()))
# iterating while the collector runs inside the loop
it_seen = []
for k, v in list(wvd.items()):
    it_seen.append(k)
    gc.collect()
print(it_seen)
for k in wvd:
    del keep[0]
    gc.collect()
    break
print(len(wvd), sorted(wvd))
print(wvd.get(99, 'missing'), 2 in wvd, wvd.setdefault(100, Obj(100)) is not None, 100 in wvd)
copy = wvd.copy()
print(type(copy).__name__, len(copy))
print(repr(wvd).startswith('<WeakValueDictionary at'), repr(wkd).startswith('<WeakKeyDictionary at'))
ref_values = wvd.valuerefs()
print(len(ref_values), all(isinstance(r, weakref.ref) for r in ref_values))
keep.clear()
gc.collect()
print(len(wvd), len(wkd), len(ws), len(copy))
gc.enable()
