import contextlib, io, sys
from contextlib import contextmanager, suppress, redirect_stdout, redirect_stderr, ExitStack, closing, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  tag {name} swallowed {e!r}")
    finally:
        print(f"</{name}>")

with tag("html") as t:
    print("  inside", t)
    with tag("body"):
        raise KeyError("k")
print("after")

with suppress(ZeroDivisionError, ValueError):
    1 / 0
    print("not reached")
print("suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def close(self):
        print("close", self.name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()
        return False

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("using", [r.name for r in rs])
with closing(Resource("sock")) as r:
    print("have", r.name)
with nullcontext(42) as v:
    print("null", v)

class Timer:
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("stop", exc_type.__name__ if exc_type else None, exc)
        return exc_type is ValueError

with Timer():
    raise ValueError("handled by exit")
try:
    with Timer():
        raise TypeError("propagates")
except TypeError as e:
    print("outer caught", e)

with ExitStack() as st:
    st.push(lambda *a: print("push exit", a[0].__name__ if a[0] else None) or True)
    raise RuntimeError("swallowed by stack")
print("stack swallowed")

@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class ACM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("acm exit")
with ACM() as a:
    print(type(a).__name__)
@contextmanager
def managed():
    try:
        yield 1
    except Exception:
        print("cleanup then re-raise")
        raise
try:
    with managed():
        int("x")
except ValueError as e:
    print("ValueError:", e)
print(contextlib.suppress.__name__, isinstance(tag("x"), contextlib.AbstractContextManager))
@tag("deco")
def decorated():
    print("  decorated body")
decorated()
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
with open(__file__) as fh, suppress(Exception):
    print(fh.readline().rstrip())
print(fh.closed)
