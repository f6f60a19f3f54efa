import contextlib, sys, io
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if x is None:
            break
        total += x; count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) >= 2:
            return "done"

res = []
g = delegator(res)
print(next(g))
for v in [10, 20, 30]:
    print(g.send(v))
print(g.throw(ValueError("bad")))
g.send(None)
next(g)
g.send(5)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, res)

def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("countdown cleanup at", n)
c = countdown(5)
print(next(c), next(c))
c.close()
print(list(c), c.gi_frame, c.gi_running)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def g2():
    yield 1
    return 7
it = g2()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))
gen = (x * x for x in range(3))
print(gen.__name__, gen.__qualname__, next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), next(x for x in fib() if x > 100))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefg", 3)))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("tag caught", e)
    finally:
        print(f"</{name}>")
with tag("b") as t, tag("i"):
    print("inside", t)
with tag("x"):
    {}["missing"]
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
    help_text = "x"
print("buffer:", repr(buf.getvalue()))
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with contextlib.ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(42) as v:
    print("null", v)
class Timer:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return et is TypeError
with Timer():
    "a" + 1
print("suppressed TypeError")
with Timer():
    pass
try:
    with Timer():
        raise ValueError("vv")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with tag("outer"):
    with Timer():
        raise KeyError("k2")
