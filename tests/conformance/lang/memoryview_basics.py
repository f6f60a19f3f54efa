# memoryview over bytes and bytearray: attributes, indexing, slices sharing memory, casts,
# item packing errors, BufferError on resizing an exported bytearray, release, hashing.
import sys, gc
def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r) if not isinstance(r, memoryview) else ('mv', r.tolist()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

b = b'hello world'
m = memoryview(b)
print(len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.contiguous, m.c_contiguous, m.f_contiguous)
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), bytes(m[2:5]), m.tolist()[:3], m.hex(), m[:3].hex(':'), m.hex('-', 2))
print(m.obj is b, m == b, m == b'hello', m != b, hash(m) == hash(b), m[1:4] == b'ell', m[::2].strides, m[::-1].strides, m[::2].contiguous)
attempt('m[0]=1', lambda: m.__setitem__(0, 1))
attempt('m[99]', lambda: m[99])
attempt('m[-99]', lambda: m[-99])
attempt('m["a"]', lambda: m['a'])
attempt('m[1.0]', lambda: m[1.0])
attempt('m+m', lambda: m + m)
attempt('m*2', lambda: m * 2)
attempt('del m[0]', lambda: m.__delitem__(0))
attempt('m < m', lambda: m < m)
attempt('memoryview(1)', lambda: memoryview(1))
attempt('memoryview("a")', lambda: memoryview('a'))
attempt('memoryview()', lambda: memoryview())
attempt('m.cast("x")', lambda: m.cast('x'))
attempt('m.cast("i")', lambda: m.cast('i'))
ba = bytearray(b'abcdefgh')
mb = memoryview(ba)
mb[0] = 65
mb[1:3] = b'BC'
print(ba, mb.readonly)
attempt('mb[0]=256', lambda: mb.__setitem__(0, 256))
attempt('mb[0]=-1', lambda: mb.__setitem__(0, -1))
attempt('mb[0]=b"x"', lambda: mb.__setitem__(0, b'x'))
attempt('mb[0:2]=b"xyz"', lambda: mb.__setitem__(slice(0, 2), b'xyz'))
attempt('mb[0:2]=[1,2]', lambda: mb.__setitem__(slice(0, 2), [1, 2]))
attempt('hash(mb)', lambda: hash(mb))
attempt('ba.append', lambda: ba.append(1))
attempt('ba.extend', lambda: ba.extend(b'x'))
attempt('ba.pop', lambda: ba.pop())
attempt('del ba[0]', lambda: ba.__delitem__(0))
attempt('ba.clear', lambda: ba.clear())
def iadd():
    global ba
    ba += b"1"
attempt("ba +=", iadd)
def imul():
    global ba
    ba *= 2
attempt("ba *=", imul)
attempt('ba[0:1]=b""', lambda: ba.__setitem__(slice(0, 1), b''))
attempt('ba[0:1]=b"Z"', lambda: ba.__setitem__(slice(0, 1), b'Z'))
attempt('ba[1]=66', lambda: ba.__setitem__(1, 66))
print(ba)
ints = mb.cast('I')
print(ints.format, ints.itemsize, len(ints), ints.shape, ints.tolist(), ints.nbytes)
ints[0] = 0x64636261
print(ba, mb.cast('H').tolist(), mb.cast('q').tolist(), mb.cast('b').tolist()[:2], mb.cast('c').tolist()[:2])
print(mb.cast('B', (2, 4)).tolist(), mb.cast('B', (2, 4)).shape, mb.cast('B', (2, 4)).strides)
attempt('2d[0]', lambda: mb.cast('B', (2, 4))[0])
attempt('2d[0,1]', lambda: mb.cast('B', (2, 4))[0, 1])
attempt('cast I then I', lambda: ints.cast('H'))
attempt('cast bad shape', lambda: mb.cast('B', (3, 3)))
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 2
print(d.tolist(), d.format, repr(d[0]))
attempt('d[0]="x"', lambda: d.__setitem__(0, 'x'))
f = memoryview(bytearray(8)).cast('f'); f[0] = 0.1; print(f[0], f.tolist())
bb = memoryview(bytearray(4)).cast('?'); bb[0] = True; print(bb.tolist())
mb.release()
print(repr(mb)[:15])
attempt('released len', lambda: len(mb))
attempt('released obj', lambda: mb.obj)
attempt('released tobytes', lambda: mb.tobytes())
attempt('released format', lambda: mb.format)
attempt('released eq', lambda: mb == mb)
print(mb == b'x', mb != mb)
attempt('ba.append after', lambda: ba.append(1))
del ints, d
attempt('ba.append after', lambda: ba.append(1))
print(ba)
with memoryview(b'abc') as w:
    print(w[1], w.tobytes())
attempt('ctx released', lambda: w[0])
print(bytes(memoryview(b'xy')), bytearray(memoryview(b'xy')), list(memoryview(b'xy')), memoryview(b'ab') == memoryview(bytearray(b'ab')))
m3 = memoryview(b'abc')
print(memoryview(m3).obj is m3.obj, m3.toreadonly().readonly, memoryview(bytearray(1)).toreadonly().readonly)
print(type(iter(m3)).__name__, [x for x in m3], 98 in m3, b'a' in m3 if False else None)
print(sys.getsizeof(m3), sys.getsizeof(m3[1:]), sys.getsizeof(m3.cast('B', [3])), sys.getsizeof(m3.cast('B', [1, 3])))
print(gc.is_tracked(m3), type(gc.get_referents(m3)[0]).__name__)
print(m3.tobytes('A'), m3.tobytes(None))
print(str(m3)[:8], memoryview(b'') == b'', hash(memoryview(b'')), len(memoryview(b'')))
print(m3[:0].tolist(), m3[5:].tobytes())
attempt("m3[...]", lambda: m3[...])
z = memoryview(b"abcd").cast("i", ())
print(z.ndim, z.shape, z.strides, z[...].ndim, z[()], z.tolist(), sys.getsizeof(z))
attempt("len0", lambda: len(z))
attempt("z[0]", lambda: z[0])
x = memoryview(b'abcdef')[::2]
print(x.tobytes(), x.tolist(), x.hex(), bytes(x), x == b'ace', x.c_contiguous, hash(x) == hash(b'ace'))
print(memoryview(b'abc').cast('c')[0], memoryview(b'abc').cast('c').tolist())
print(memoryview(bytearray(b'ab')).cast('b').tolist(), memoryview(bytes([200])).cast('b')[0])
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), b''.join([memoryview(b'a'), b'b']), b'x' + memoryview(b'y'))
attempt('bytes == cast', lambda: memoryview(bytes(range(8))).cast('H') == memoryview(bytes(range(8))).cast('H'))
attempt('cast eq tolist', lambda: memoryview(bytes(range(8))).cast('H') == bytes(range(8)))
attempt('nan', lambda: (lambda z: z == z)(memoryview(bytes(8)).cast('d')))
