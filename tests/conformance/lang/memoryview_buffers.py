# memoryview's memory surface: gc counts, referents (managedbuffer), refcounts, weakrefs,
# sizes, release through the last view, array.array exports, iterators, 64-bit formats.
import gc, sys, weakref, array
b = bytearray(b'abcdef')
gc.collect()
c0 = gc.get_count()[0]
m = memoryview(b)
c1 = gc.get_count()[0]
print('count delta', c1 - c0)
print(sys.getrefcount(b), sys.getrefcount(m))
s = m[1:3]
print('slice delta', gc.get_count()[0] - c1, sys.getrefcount(b))
print(gc.is_tracked(m), gc.is_tracked(s), [type(x).__name__ for x in gc.get_referents(m)])
mb = gc.get_referents(m)[0]
print(gc.get_referents(mb) == [b], gc.is_tracked(mb), sys.getrefcount(mb))
print(gc.get_referents(s)[0] is mb)
r = weakref.ref(m)
print(r() is m)
del m
print(r())
try:
    b.append(1)
except BufferError as e:
    print('still exported', e)
s.release()
print(gc.is_tracked(mb), gc.get_referents(mb))
b.append(1)
del s, mb
print(sys.getrefcount(b))
a = array.array('i', [1, 2, 3])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.nbytes, ma.tolist(), ma.readonly if False else '', ma[1], len(ma), ma.shape)
print(ma.cast('B').tolist()[:8], bytes(ma)[:4], ma == a, ma.obj is a)
d = memoryview(array.array('d', [1.5, 2.5]))
print(d.tolist(), d.format, sys.getsizeof(d))
x = memoryview(b'xyz')
print(repr(x).startswith('<memory at 0x'), str(x) == repr(x))
class C:
    pass
c = C()
c.mv = memoryview(bytearray(10))
c.self = c
del c
print(gc.collect())
it = iter(memoryview(b'ab'))
print(gc.is_tracked(it), sys.getsizeof(it), next(it), list(it), list(it))
print(memoryview.__name__, type(memoryview(b'')).__module__, memoryview.__flags__ & (1 << 10) != 0)
try:
    class D(memoryview): pass
except TypeError as e:
    print(e)
m5 = memoryview(bytearray(b'12345678'))
with m5.cast('H') as h:
    h[0] = 0x3939
print(bytes(m5), m5.tobytes(), m5.toreadonly().tobytes())
m5.release(); m5.release()
print(m5 == m5, m5 != memoryview(b''))
try:
    hash(m5)
except ValueError as e:
    print(e)
m6 = memoryview(b'abc'); h6 = hash(m6); m6.release(); print(hash(m6) == h6)
print(memoryview(b'ab').hex(), memoryview(bytearray(b'\x01\x02\x03')).hex(':', -2))
print(memoryview(b'abcdef').cast('B', (2, 3)).tobytes('F'), memoryview(b'abcdef').cast('B', [3, 2]).tolist())
try:
    memoryview(b'abc').cast('B', (2, 3))
except TypeError as e:
    print(e)
try:
    memoryview(b'ab')[::2].cast('B')
except TypeError as e:
    print(e)
print(memoryview(b'abcd').cast('c').cast('B').tolist(), memoryview(b'abcd').cast('h')[::-1].tolist())
q = memoryview(bytearray(16)).cast('Q'); q[0] = 2**64 - 1; q[1] = 5
print(q.tolist(), q[0])
try:
    q[1] = 2**64
except ValueError as ex:
    print(ex)
try:
    q[1] = 1.0
except TypeError as ex:
    print(ex)
z = memoryview(bytearray(2)).cast('?')
z[0] = [1]; z[1] = 0
print(z.tolist())
ci = memoryview(bytearray(2)).cast('c')
ci[0] = b'z'
try:
    ci[1] = b'zz'
except ValueError as ex:
    print(ex)
print(ci.tolist())
