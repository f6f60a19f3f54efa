# weakref.finalize: call/detach/peek/alive/atexit, repr, ordering at exit, and WeakMethod.
import weakref
import gc

class Res:
    def __init__(self, name): self.name = name
    def __repr__(self): return 'Res(%s)' % self.name

def done(*args, **kw):
    print('done', args, sorted(kw.items()))
    return 'r:' + '-'.join(map(str, args))

r = Res('a')
f = weakref.finalize(r, done, 1, 2, key='v')
print(f.alive, f.atexit, f.peek()[1].__name__, f.peek()[2:], f.peek()[0] is r)
print(repr(f).startswith('<finalize object at 0x'), '; for ' in repr(f), "'Res'" in repr(f))
print(f(), f.alive, f(), f.peek(), f.detach())
print(repr(f).endswith('; dead>'))
r2 = Res('b')
g = weakref.finalize(r2, done, 'g')
det = g.detach()
print(det[0] is r2, det[1].__name__, det[2:], g.alive, g.detach(), g())
r3 = Res('c')
h = weakref.finalize(r3, done, 'h')
h.atexit = False
print(h.atexit)
del r3
print(h.alive, h.atexit)
r4 = Res('d'); r4.me = r4
k = weakref.finalize(r4, done, 'cyc')
del r4
print('before collect', k.alive)
gc.collect()
print('after collect', k.alive)
try:
    weakref.finalize(1, done)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.finalize()
except TypeError as e:
    print('TypeError', type(e).__name__)
class Owner:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, Owner._cleanup, name)
    @staticmethod
    def _cleanup(name):
        print('cleanup owner', name)
    def close(self):
        self._fin()
o = Owner('x')
o.close()
o.close()
del o
o2 = Owner('y')
del o2
print(weakref.finalize.__name__, isinstance(f, weakref.finalize))

class C:
    def method(self):
        return 'called'
obj = C()
wm = weakref.WeakMethod(obj.method)
print(wm()(), wm() == obj.method, type(wm).__name__, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(obj.method, lambda r: print('wm callback', r is wm2))
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print('TypeError', e)
del obj
print(wm(), wm2(), wm == wm2, wm == wm)

live = [Res('z1'), Res('z2'), Res('z3')]
for i, x in enumerate(live):
    weakref.finalize(x, print, 'exit finalizer', i)
never = weakref.finalize(live[1], print, 'never at exit')
never.atexit = False
print('end of program')
