# Pickler/Unpickler objects: files and their write()/read() calls, memo kept across dumps,
# clear_memo, persistent ids, reducer_override, dispatch_table, several pickles in one
# file, and reference counts around dumps/loads.
import gc
gc.collect()
import copyreg, io, pickle, sys


class Recorder:
    def __init__(self):
        self.sizes = []
        self.data = []

    def write(self, b):
        self.sizes.append(len(b))
        self.data.append(bytes(b))
        return len(b)


for proto in range(6):
    for payload in (['small', 1], ['x' * 70000, b'y' * 70000, 'tail'], [[i, str(i)] for i in range(9000)]):
        r = Recorder()
        pickle.Pickler(r, proto).dump(payload)
        joined = b''.join(r.data)
        print(proto, r.sizes, joined == pickle.dumps(payload, proto), pickle.loads(joined) == payload)

# One Pickler, two dumps: the memo carries over; clear_memo forgets it.
shared = ['shared', 'list']
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump(shared)
p.dump([shared, shared])
print(buf.getvalue())
p.clear_memo()
p.dump(shared)
print(buf.getvalue()[-30:])
buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
c = u.load()
print(a, b, b[0] is b[1], b[0] is a, c, c is a)
try:
    u.load()
except EOFError as e:
    print('EOFError', e)

# Several pickles (all protocols) back to back in one file, read with load().
buf = io.BytesIO()
for proto in range(6):
    pickle.dump({'p': proto, 'l': list(range(proto))}, buf, proto)
buf.seek(0)
print([pickle.load(buf) for _ in range(6)], buf.read())


class Ref:
    def __init__(self, key):
        self.key = key


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ('ref', obj.key)
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:%r' % (pid,)


for proto in range(6):
    buf = io.BytesIO()
    try:
        PersistentPickler(buf, proto).dump([Ref('a'), 1, Ref('b'), Ref('a')])
    except pickle.PicklingError as e:
        print(proto, 'PicklingError', e)
        continue
    print(proto, buf.getvalue())
    buf.seek(0)
    print(PersistentUnpickler(buf).load())
    buf.seek(0)
    try:
        pickle.Unpickler(buf).load()
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: reduce_point}


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (Point, (-obj.x, -obj.y))
        if obj == 'swap':
            return NotImplemented
        return NotImplemented


for cls in (TablePickler, OverridePickler):
    for proto in (0, 2, 4):
        buf = io.BytesIO()
        cls(buf, proto).dump([Point(1, 2), 'swap', Point(3, 4)])
        print(cls.__name__, proto, pickle.loads(buf.getvalue()))

copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print(pickle.loads(pickle.dumps(Point(5, 6))))
del copyreg.dispatch_table[Point]

# Errors of the API itself.
for bad in (lambda: pickle.Pickler(object()), lambda: pickle.Unpickler(object()),
            lambda: pickle.dumps(1, 6), lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=len),
            lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps(sys.stdout)):
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

# Reference counts: dumps/loads keep no references to what they pickled.
obj = ['abc', ('t', 1.5), {'k': [1, 2]}, 10 ** 30]
before = [sys.getrefcount(x) for x in obj] + [sys.getrefcount(obj)]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    assert back == obj
    del back
after = [sys.getrefcount(x) for x in obj] + [sys.getrefcount(obj)]
print(before == after)
cyc = []
cyc.append(cyc)
d = {'me': None}
d['me'] = d
x = pickle.loads(pickle.dumps([cyc, d], 4))
print(x[0][0] is x[0], x[1]['me'] is x[1])
del x, cyc, d
print(gc.collect())
