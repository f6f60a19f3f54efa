# Binary files: modes rb/wb/ab/r+b/w+b and unbuffered FileIO, read(n)/read1/peek/readinto/
# readline/iteration on bytes, seek from the start/current/end, truncate, reprs and types.
import io, os, tempfile
os.chdir(tempfile.mkdtemp())
with open('data.bin', 'wb') as f:
    print(repr(f), type(f).__name__, f.mode, f.raw, f.write(b'\x00\x01\x02abc\nline2\nend'))
    print(f.write(bytearray(b'!')), f.write(memoryview(b'??')), f.tell())
with open('data.bin', 'rb') as f:
    print(repr(f), f.read(3), f.read1(2), f.peek(1)[:1], f.readline(), f.tell())
    print(list(f))
    print(f.read(), f.read(5), f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2))
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf, f.readable(), f.writable(), f.seekable())
with open('data.bin', 'ab') as f:
    print(f.tell(), repr(f), f.mode)
    f.write(b'+tail')
with open('data.bin', 'r+b') as f:
    print(repr(f), f.mode, f.read(3))
    f.write(b'XYZ')
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read(), f.seek(10), f.write(b'gap'))
print(open('data.bin', 'rb').read())
with open('data.bin', 'w+b') as f:
    print(f.read(), f.write(b'again'), f.seek(0), f.read(), f.mode)
raw = open('data.bin', 'rb', buffering=0)
print(repr(raw), type(raw).__name__, raw.read(2), raw.readall(), raw.read(), raw.closefd)
raw.close()
print(repr(raw), raw.closed)
fio = io.FileIO('data.bin', 'w')
print(repr(fio), fio.write(b'fileio'), fio.mode, fio.tell())
fio.close()
print(open('data.bin', 'rb').read(), io.FileIO('data.bin').read())
fd = os.open('data.bin', os.O_RDONLY)
with open(fd, 'rb') as f:
    print(f.name == fd, f.read())
try:
    os.fstat(fd)
except OSError as e:
    print(type(e).__name__, e)
with open('data.bin', 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase),
          isinstance(f.raw, io.FileIO), isinstance(f, io.TextIOBase))
with open('data.bin', 'wb') as f:
    f.write(bytes(range(256)))
print(len(open('data.bin', 'rb').read()), os.path.getsize('data.bin'), os.stat('data.bin').st_size)
os.remove('data.bin')
os.rmdir(os.getcwd())
