# pickle of user classes: __reduce__, __getstate__/__setstate__, __getnewargs__(_ex), slots,
# subclasses of list/dict, shared and recursive references, files, Pickler/Unpickler hooks.
import pickle, io, copyreg

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'drop me'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'

class NewArgs(int):
    def __new__(cls, v, tag='t'):
        obj = super().__new__(cls, v)
        obj.tag = tag
        return obj
    def __getnewargs__(self):
        return (int(self), self.tag)

class NewArgsEx:
    def __new__(cls, *, size):
        obj = super().__new__(cls)
        obj.size = size
        return obj
    def __getnewargs_ex__(self):
        return ((), {'size': self.size})

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 2,))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

class MyList(list):
    pass

class MyDict(dict):
    pass

p = Point(1, 2)
for proto in range(6):
    data = pickle.dumps(p, proto)
    print(proto, data)
    print(pickle.loads(data))

s = Slotted(5)
for proto in (2, 4):
    d = pickle.dumps(s, proto)
    print(d)
    t = pickle.loads(d)
    print(t.a, hasattr(t, 'b'))
try:
    pickle.dumps(s, 1)
except TypeError as e:
    print('TypeError', e)

w = pickle.loads(pickle.dumps(WithState()))
print(w.data, w.cache, pickle.dumps(WithState()))
n = pickle.loads(pickle.dumps(NewArgs(7, 'q')))
print(n, n.tag, type(n).__name__, pickle.dumps(NewArgs(7, 'q')))
e = pickle.loads(pickle.dumps(NewArgsEx(size=3)))
print(e.size, pickle.dumps(NewArgsEx(size=3)), pickle.dumps(NewArgsEx(size=3), 2))
r = pickle.loads(pickle.dumps(Reduced(4)))
print(r.v, pickle.dumps(Reduced(4)))

root = Node('root')
child = Node('child')
root.children.append(child)
child.parent = root
data = pickle.dumps(root)
print(data)
r2 = pickle.loads(data)
print(r2.children[0].parent is r2, r2.children[0].name)

ml = MyList([1, 2, 3]); ml.extra = 'x'
md = MyDict(a=1); md.extra = 'y'
print(pickle.dumps(ml), pickle.dumps(md))
print(pickle.loads(pickle.dumps(ml)), pickle.loads(pickle.dumps(ml)).extra, pickle.loads(pickle.dumps(md)))

shared = [1]
obj = {'a': shared, 'b': shared, 't': (shared, shared), 's': {1, 2}, 'f': frozenset([3])}
back = pickle.loads(pickle.dumps(obj))
print(back, back['a'] is back['b'], back['t'][0] is back['a'])
for proto in range(6):
    print(pickle.loads(pickle.dumps(obj, proto)) == obj)

buf = io.BytesIO()
pickle.dump([1, 2, 3], buf)
pickle.dump({'x': 1.5}, buf, protocol=2)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as ex:
    print('EOFError', ex)

print(pickle.dumps(list(range(1005)))[:40], len(pickle.dumps(list(range(1005)))))
big = {i: str(i) for i in range(1200)}
print(len(pickle.dumps(big)), pickle.loads(pickle.dumps(big)) == big)
print(pickle.loads(pickle.dumps(b'x' * 70000)) == b'x' * 70000, pickle.dumps(b'x' * 70000)[:20])
print(pickle.dumps('y' * 70000)[:25])
nested = []
cur = nested
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(pickle.loads(pickle.dumps(nested)) == nested)
class Outer:
    class Inner:
        pass
print(pickle.dumps(Outer.Inner), pickle.dumps(Outer.Inner, 2), pickle.loads(pickle.dumps(Outer.Inner())).__class__.__qualname__)
print(pickle.loads(pickle.dumps(Outer.Inner(), 2)).__class__.__qualname__)
copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print(pickle.loads(pickle.dumps(Point(1, 2))))
del copyreg.dispatch_table[Point]

class P(pickle.Pickler):
    def persistent_id(self, obj):
        return 'PID' if obj == 'secret' else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'restored-' + pid
f = io.BytesIO()
P(f).dump(['a', 'secret'])
print(f.getvalue())
f.seek(0)
print(U(f).load())
print(pickle.loads(pickle.dumps(1 + 2j)), pickle.loads(pickle.dumps(range(1, 10, 3))), pickle.loads(pickle.dumps(slice(1, None))))
print(pickle.loads(pickle.dumps([True, None, ..., NotImplemented, type(None), len, int])))
for bad in [b'\xff', b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00K', b'(K\x01e']:
    try:
        pickle.loads(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code


err = pickle.loads(pickle.dumps(AppError(3, 'bad')))
print(type(err).__name__, err.args, err.code, pickle.dumps(ValueError('v')))
try:
    pickle.dumps((x for x in []))
except TypeError as ex:
    print('TypeError', ex)
