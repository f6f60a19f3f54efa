# gzip: one-shot compress/decompress, GzipFile over BytesIO and files, open() in text and
# binary modes, multi-member data, and the errors for damaged or truncated data.
import gzip, io, zlib, os, tempfile, shutil
home = tempfile.mkdtemp()
os.chdir(home)
print(gzip.compress(b'abc', mtime=0))
print(gzip.compress(b'abc'*50, 5, mtime=1234567890))
print(len(gzip.compress(b'hello world' * 100)), gzip.decompress(gzip.compress(b'xyz')))
buf = io.BytesIO()
with gzip.GzipFile(filename='data.txt.gz', mode='wb', fileobj=buf, mtime=0) as f:
    print(f.write(b'hello\nworld\n'), f.write(memoryview(b'abc')), f.tell())
print(buf.getvalue())
try: gzip.decompress(b'xyz')
except Exception as e: print(type(e).__name__, e)
try: gzip.decompress(gzip.compress(b'abc', mtime=0)[:-3])
except Exception as e: print(type(e).__name__, e)
g = bytearray(gzip.compress(b'abc', mtime=0)); g[-8] ^= 1
try: gzip.decompress(bytes(g))
except Exception as e: print(type(e).__name__, e)
f = gzip.GzipFile(fileobj=io.BytesIO(bytes(g)))
try: f.read()
except Exception as e: print(type(e).__name__, e)
print(gzip.BadGzipFile.__mro__)
two = gzip.compress(b'first ', mtime=0) + b'\0\0\0' + gzip.compress(b'second', mtime=5)
print(gzip.decompress(two))
f = gzip.GzipFile(fileobj=io.BytesIO(two))
print(f.read(3), f.read(), f.mtime, f.mode, f.readable(), f.writable())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(list(f))
with gzip.open('notes.txt.gz', 'wt', encoding='utf-8') as f:
    f.write('línea uno\nline two\n')
with gzip.open('notes.txt.gz', 'rt', encoding='utf-8') as f:
    print(f.read())
with gzip.open('notes.txt.gz') as f:
    print(f.read(), f.name)
with open('notes.txt.gz', 'rb') as raw:
    print(raw.read()[3:4], len(raw.name))
for bad in [lambda: gzip.open('x.gz', 'rbt'), lambda: gzip.open('x.gz', 'rb', encoding='utf-8'), lambda: gzip.open(3.5), lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try: w.read()
except Exception as e: print(type(e).__name__, e)
w.close(); w.close()
try: w.write(b'x')
except Exception as e: print(type(e).__name__, e)
print(w.closed)
# Reading is incremental: what comes before a truncation reads, the trailer is checked after.
data = b"line %d of the file\n" * 1 % 0 + b"".join(b"line %d\n" % i for i in range(300))
cut = gzip.compress(data, mtime=0)[:-8]
with gzip.GzipFile(fileobj=io.BytesIO(cut)) as f:
    print(f.read(len(data)) == data)
    try: f.read(1)
    except EOFError as e: print("EOFError", e)
with gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data, mtime=0))) as f:
    first = f.readline(); second = f.readline(5); print(first, second, f.tell())
    f.seek(3); print(f.read(4), f.tell()); f.seek(-2, 1); print(f.read(6))
    print(f.seek(0, 2), f.read(), f.peek(1))
    f.rewind(); print(f.readline(), sum(1 for _ in f))
for i in range(2, 10):
    try:
        gzip.GzipFile(fileobj=io.BytesIO(cut[:i])).read(1)
    except EOFError as e: print(i, "EOFError")
os.chdir('/')
shutil.rmtree(home)
