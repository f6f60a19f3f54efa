import zlib
for f,a in [(zlib.compress,(b'x',10)),(zlib.compress,(b'x',1,7)),(zlib.compressobj,(10,)),(zlib.compressobj,(1,9)),(zlib.decompress,(b'abc',)),(zlib.decompress,(zlib.compress(b'hello')[:-3],)),(zlib.decompressobj,(3,)),(zlib.compress,('x',)),(zlib.compress,(b'x','a')),(zlib.compress,(b'x',2**40)), (zlib.decompress, (b'x', 15, -1))]:
  try: print(f(*a))
  except Exception as e: print(type(e).__name__, e)
c=zlib.compressobj(); c.flush()
for f in [lambda: c.compress(b'a'), lambda: c.flush(), lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
d=zlib.decompressobj(); data=zlib.compress(b'hello world'*10)+b'TRAILER'
print(d.decompress(data, 5), d.unconsumed_tail[:5], d.unused_data, d.eof)
print(d.decompress(d.unconsumed_tail), d.unconsumed_tail, d.unused_data, d.eof)
print(d.flush(), d.eof)
try: d.decompress(b'more')
except Exception as e: print(type(e).__name__, e)
print(zlib.Z_DEFAULT_COMPRESSION, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_RLE, zlib.Z_FIXED)
print([x for x in dir(zlib) if not x.startswith('__')])
print(zlib.decompressobj().decompress(b'x\x9c'), zlib.decompressobj().flush())
d=zlib.decompressobj(); print(d.decompress(b'x\x9c'), d.flush(), d.eof, d.unconsumed_tail, d.unused_data)
c=zlib.compressobj(); print(type(c).__name__, type(c).__qualname__, type(c).__module__, repr(c)[:22], zlib.error)
try: type(c)()
except Exception as e: print(type(e).__name__, e)
import pickle, sys
try: pickle.dumps(c)
except Exception as e: print(type(e).__name__, e)
print(sys.getsizeof(c), sys.getsizeof(zlib.decompressobj()))
text = ("The quick brown fox jumps over the lazy dog. " * 200).encode()
for lvl in range(-1, 10):
    z = zlib.compress(text, lvl)
    assert zlib.decompress(z) == text
    print(lvl, len(z), zlib.crc32(z), zlib.adler32(z))
print(zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40+5), zlib.adler32(b'abc', -3), zlib.crc32(b''), zlib.adler32(b''))
# streaming with flush modes
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
parts = [co.compress(text[i:i+1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH)); parts.append(co.compress(b"tail")); parts.append(co.flush(zlib.Z_FULL_FLUSH)); parts.append(co.flush())
print([len(p) for p in parts])
raw = b''.join(parts)
do = zlib.decompressobj(-15)
out = b''
while raw:
    out += do.decompress(raw, 700)
    raw = do.unconsumed_tail
print(len(out), out == text + b"tail", do.eof)
# gzip container
g = zlib.compress(text, 6, 31)
print(len(g), g[:10], zlib.decompress(g, 47) == text, zlib.decompress(g, 31) == text)
# zdict
zd = b"fox dog lazy quick brown"
co = zlib.compressobj(zdict=zd); z = co.compress(b"quick brown fox lazy dog") + co.flush()
print(z.hex())
try: zlib.decompress(z)
except zlib.error as e: print(e)
do = zlib.decompressobj(zdict=zd); print(do.decompress(z), do.eof)
print(zlib.decompress(memoryview(zlib.compress(bytearray(b"abc")))))
