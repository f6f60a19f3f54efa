# __del__ that raises (the "Exception ignored in" report), resurrects, or re-creates references.
import gc, sys, io, re
buf = io.StringIO()
real_stderr, sys.stderr = sys.stderr, buf

class Raiser:
    def __del__(self):
        raise ValueError('boom in del')

class Nested:
    class Inner:
        def __del__(self):
            1 / 0

def make():
    r = Raiser()

make()
print('after make')
x = Raiser()
x = None
print('after rebind')
y = Nested.Inner()
del y
print('after nested')

class Cyc:
    def __del__(self):
        raise KeyError('cyc')
a = Cyc(); b = Cyc(); a.b = b; b.a = a
del a, b
print('collected', gc.collect())

class Resurrect:
    saved = []
    def __del__(self):
        Resurrect.saved.append(self)
        print('resurrecting', len(Resurrect.saved))
r = Resurrect()
del r
print(len(Resurrect.saved), sys.getrefcount(Resurrect.saved[0]))
Resurrect.saved.clear()
print('cleared (no second __del__)')

class Lambda:
    __del__ = lambda self: print('lambda del')
Lambda()
class Recreate:
    def __del__(self):
        global holder
        holder = [self, 'again']
o = Recreate()
del o
print(type(holder[0]).__name__, holder[1])
holder = None
print('end')
class BadRepr:
    def __repr__(self):
        raise RuntimeError('repr fails')
    def __del__(self):
        raise TypeError('x')
BadRepr()
print('done')
sys.stderr = real_stderr
print(re.sub(r'0x[0-9a-f]+', '0x...', buf.getvalue()))
