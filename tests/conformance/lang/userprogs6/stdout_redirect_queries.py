import sys, io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2)
    help_text = "x"
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
val = sys.stdout.getvalue()
sys.stdout = old
print("restored", repr(val))
sys.stdout.write("write returns ")
n = sys.stdout.write("abc\n")
print(n)
print("flush", flush=True)
print(sys.stdout.isatty(), sys.stdin.isatty(), sys.stdout.encoding)
print("é€😀", "\u2028", end="\n")
sys.stdout.writelines(["a\n", "b\n"])
print(*[], sep="x")
print(end="")
print("a\0b")
sys.stderr.write("err line\n")
import os
print(os.linesep == "\n", os.path.basename("/a/b.py"), os.path.splitext("x.tar.gz"), os.path.join("a", "b", "c"))
import sys
for f in ['isatty','fileno','writable','readable','seekable']:
    try: getattr(sys.stdout, f)(1)
    except TypeError as e: print(e)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable(), sys.stdout.readable(), sys.stdout.line_buffering, sys.stderr.isatty())
