import weakref, gc
class Signal:
    def __init__(self): self._slots = []
    def connect(self, fn):
        if hasattr(fn, '__self__'):
            self._slots.append(weakref.WeakMethod(fn, self._cleanup))
        else:
            self._slots.append(weakref.ref(fn, self._cleanup))
    def _cleanup(self, ref):
        print('cleanup', type(ref).__name__)
        self._slots.remove(ref)
    def emit(self, *a):
        for r in list(self._slots):
            f = r()
            if f is not None: f(*a)
class Listener:
    def __init__(self, name): self.name = name
    def on(self, x): print(self.name, 'got', x)
def free(x): print('free got', x)
s = Signal()
a, b = Listener('a'), Listener('b')
s.connect(a.on); s.connect(b.on); s.connect(free)
s.emit(1)
del a; gc.collect()
s.emit(2)
print(len(s._slots))
d = weakref.WeakValueDictionary()
d['b'] = b
print(list(d.keys()), 'b' in d)
del b; gc.collect()
print(list(d.keys()), len(d))
ws = weakref.WeakSet()
objs = [Listener(str(i)) for i in range(3)]
for o in objs: ws.add(o)
print(len(ws)); objs.pop(); gc.collect(); print(len(ws))
fin = weakref.finalize(objs[0], print, 'finalized', 0)
print(fin.alive); objs.clear(); gc.collect(); print(fin.alive)
class Node:
    pass
n = Node(); r = weakref.ref(n); print(r() is n, weakref.getweakrefcount(n))
p = weakref.proxy(n); n.val = 5; print(p.val)
del n; gc.collect()
try:
    p.val
except ReferenceError as e:
    print('ReferenceError', e)
wm = weakref.WeakMethod(Listener('z').on)
print(wm())
try:
    weakref.ref(5)
except TypeError as e:
    print(e)
