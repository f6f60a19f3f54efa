import io, sys, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured', 1, 2)
    print('second')
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
cap = sys.stdout.getvalue()
sys.stdout = old
print(repr(cap))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write('oops\n')
print(repr(err.getvalue()))
import json
b = io.StringIO()
json.dump([1, {'a': 2}], b)
print(b.getvalue(), json.loads(b.getvalue()))
class Log(io.StringIO):
    pass
l = Log('x')
print(type(l).__name__, l.read(), isinstance(l, io.IOBase), repr(l)[:12])
t = io.TextIOBase()
print(t.encoding, t.newlines, t.readable(), t.seekable())
try:
    t.seek(0)
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    io.BytesIO().detach()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
