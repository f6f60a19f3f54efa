# exceptions and tracebacks, scoping, generators
import sys, traceback
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError, LookupError): pass
def find(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(404, f"no {k!r}") from e
try:
    find({}, "x")
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.code, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("abc")
except ValueError as e:
    print(repr(e), repr(e.__context__))
    tb = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(tb), tb[-1], end="")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen(); print(next(g)); g.close()
print([x for x in range(3)], [i * j for i in range(3) for j in range(i)], {k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"})
x = "outer"
lst = [x for x in range(2)]
print(x, lst)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(5); print(c(), c.__closure__[0].cell_contents)
class A:
    val = 1
    items = [val * 2 for _ in range(2)] if False else None
    def method(self): return self.val
print(A().method(), A.items)
def g2():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
it = g2(); print(next(it), it.send(1), it.send("x"))
def deleg():
    r = yield from sub()
    print("sub returned", r)
def sub():
    yield 1
    return "done"
print(list(deleg()))
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("vals", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
e = None
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, e.args)
print("e" in dir(), )
for exc in (IndexError("i"), StopIteration(3), SystemExit(2), KeyboardInterrupt(), RecursionError("deep"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")):
    print(type(exc).__mro__[1].__name__, repr(exc), str(exc))
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
with open_fail() if False else __import__("contextlib").suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "x" + 1
except TypeError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return t is ValueError
with Res() as r:
    raise ValueError("swallowed")
print("done")
def f():
    raise NotFound(500, "final")
f()
