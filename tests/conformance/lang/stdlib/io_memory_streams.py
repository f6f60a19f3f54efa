import io

s = io.StringIO('line one\nline two\nlast')
print(s.read(4), repr(s.readline()), s.tell(), s.readlines())
print(repr(s.read()), s.tell(), s.seek(0), repr(s.readline(3)), s.seek(0, 2), s.seek(-100, 1) if False else s.tell())
s.seek(5)
print(s.write('ONE'), s.getvalue())
s.seek(0, io.SEEK_END)
s.write('\nmore')
print(s.getvalue().splitlines(), list(io.StringIO('a\nb\n')), list(io.StringIO('')))
s = io.StringIO()
s.write('abc')
s.seek(6)
s.write('x')
print(repr(s.getvalue()), s.truncate(2), repr(s.getvalue()), s.tell())
s.writelines(['p', 'q'])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for call in [lambda: c.read(), lambda: c.write('x'), lambda: c.getvalue(), lambda: c.tell(), lambda: iter(c)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
for call in [lambda: io.StringIO(b'x'), lambda: io.StringIO().write(5), lambda: io.StringIO(newline='x'),
             lambda: io.StringIO(newline=5), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(0, 5),
             lambda: io.StringIO().fileno(), lambda: io.StringIO().truncate(-1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(io.StringIO('a\r\nb\rc', newline=None).getvalue().encode(), repr(io.StringIO('a\nb', newline='\r\n').getvalue()))
print(io.StringIO('x\ry\r\nz', newline='').readlines() if False else io.StringIO('a\nb').readlines(1))

b = io.BytesIO(b'0123456789')
print(b.read(3), b.read1(2), b.tell(), b.getvalue(), b.seek(-2, 2), b.read())
b.seek(0)
print(b.write(b'AB'), b.getvalue(), b.readline(), b.seek(12), b.write(b'!'), b.getvalue())
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf, b.truncate(3), b.getvalue(), b.tell())
print(io.BytesIO(b'a\nb\nc').readlines(), list(io.BytesIO(b'x\ny')), io.BytesIO().read(), io.BytesIO(bytearray(b'q')).read())
for call in [lambda: io.BytesIO('str'), lambda: io.BytesIO().write('s'), lambda: io.BytesIO().seek(-3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
bc = io.BytesIO(b'z')
bc.close()
try:
    bc.read()
except ValueError as e:
    print('ValueError', e)

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.StringIO.__module__ if False else '')
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__, repr(io.StringIO()).startswith('<_io.StringIO object at 0x'))

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print(u.write('shout'), u.getvalue())
print('to a stream', file=u)
print(repr(u.getvalue()))
