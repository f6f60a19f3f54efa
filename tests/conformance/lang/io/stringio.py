import io, sys
from contextlib import redirect_stdout
buf = io.StringIO()
print("hello", 42, sep=", ", file=buf)
buf.write("second\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end="")
print(buf.read())
print(list(io.StringIO("a\nb\nc")))
s = io.StringIO("abcdef"); s.seek(2); s.write("XY"); print(s.getvalue(), s.tell(), s.read())
s.truncate(3); print(repr(s.getvalue()))
with io.StringIO() as f:
    with redirect_stdout(f):
        print("captured")
    v = f.getvalue()
print(repr(v), f.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
old = sys.stdout
sys.stdout = io.StringIO()
print("into buffer")
cap = sys.stdout.getvalue()
sys.stdout = old
print("got", repr(cap))
b = io.BytesIO(b"xyz\n123")
print(b.read(2), b.readline(), b.read(), b.getvalue())
b.write(b"!!"); print(b.getvalue())
print(type(buf), isinstance(buf, io.TextIOBase), isinstance(b, io.BufferedIOBase))
try:
    buf.write(5)
except TypeError as e:
    print(e)
print(io.StringIO("x\r\ny", newline=None).getvalue().split("\n"))
print(io.StringIO("a\nb").readlines())
