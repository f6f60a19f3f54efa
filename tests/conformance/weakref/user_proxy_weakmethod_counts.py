# weakref.getweakrefcount/getweakrefs, proxies (isinstance through a proxy, ReferenceError, dead repr), WeakMethod, a callback that raises.
import weakref, gc, sys, io, re
buf = io.StringIO()
real, sys.stderr = sys.stderr, buf

class Obj:
    def __init__(self, name):
        self.name = name
    def method(self):
        return 'method of ' + self.name
    def __repr__(self):
        return f'Obj({self.name})'

o = Obj('a')
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, weakref.getweakrefcount(o))
def cb(ref):
    print('cb called', ref is r3)
r3 = weakref.ref(o, cb)
print(r1 is r3, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
p = weakref.proxy(o)
p2 = weakref.proxy(o)
print(p is p2, weakref.getweakrefcount(o))
print(p.name, p.method(), repr(p).startswith('<weakproxy at'), str(p))
print(type(p).__name__, isinstance(p, Obj), type(p) is weakref.ProxyType)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, type(wm).__name__)
def raising_cb(ref):
    raise RuntimeError('callback failed')
r4 = weakref.ref(o, raising_cb)
print(weakref.getweakrefcount(o))
del o
print('after del')
print(r1(), r3(), wm())
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)
try:
    str(p)
except ReferenceError as e:
    print('ReferenceError:', e)
print(re.sub(r'0x[0-9a-f]+', '0x..', repr(p)))
print(re.sub(r'0x[0-9a-f]+', '0x..', repr(r1)))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(weakref.getweakrefcount(1), weakref.getweakrefs(None))
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', e)
class Fwd:
    def m(self): pass
f = Fwd()
calls = []
wm2 = weakref.WeakMethod(f.m, lambda r: calls.append('dead'))
del f
print(calls, wm2())
cp = weakref.proxy(Obj('callable'), lambda r: print('proxy cb'))
print('proxy made')
sys.stderr = real
print(re.sub(r'0x[0-9a-f]+', '0x..', buf.getvalue()))
