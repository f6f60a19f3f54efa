# global/nonlocal puzzles, late-binding lambdas, class-scope comprehensions, walrus,
# generators with send/throw/close and yield from, generator return values, context
# managers (contextmanager, suppress, ExitStack, __exit__ suppressing).
x = "global"
def f1():
    print(x)
def f2():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
f1(); f2()

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

class K:
    val = 10
    items = [val * 2 for _ in range(2)] if False else None
    try:
        comp = [val for _ in range(2)]
    except NameError as e:
        comp = str(e)
print(K.comp)

def gen_globals():
    global newglobal
    newglobal = 5
gen_globals(); print(newglobal)

def outer():
    a = 1
    def middle():
        def inner():
            nonlocal a
            a += 1
            return a
        return inner
    return middle()
print(outer()(), outer()())

y = 0
def walrus_scope():
    data = [1, 5, 3, 8]
    if any((big := v) > 4 for v in data):
        print("first big:", big)
    print([last := v * 2 for v in data], last)
walrus_scope()
print([(yy := i) for i in range(3)], yy)

def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                print("gen caught", e)
                yield "recovered"
    finally:
        print("echo closing with", received)

g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print(g.gi_frame, g.gi_running)
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")

def averager():
    total = n = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return avg
        total += term; n += 1
        avg = total / n

def delegate(results):
    while True:
        r = yield from averager()
        results.append(r)

res = []
dg = delegate(res)
next(dg)
for v in [10, 20, 30]:
    print("avg", dg.send(v))
dg.send(None)
for v in [1, 2]:
    dg.send(v)
dg.send(None)
print(res)

def gen_return():
    yield 1
    return "done"
gr = gen_return()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print("return value:", e.value, e.args)

def bad_gen():
    yield 1
    raise StopIteration("inner")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def running():
    yield gr2.gi_running
gr2 = running()
print(next(gr2))
def self_next():
    yield next(sg)
sg = self_next()
try:
    next(sg)
except ValueError as e:
    print("ValueError:", e)

def pipeline():
    lines = ["10,a", "x", "20,b", "", "30,c"]
    rows = (l.split(",") for l in lines if l)
    valid = (r for r in rows if len(r) == 2)
    nums = (int(n) for n, _ in valid)
    return sum(nums)
print(pipeline())

ge = (i * i for i in range(4))
print(ge.__name__, ge.__qualname__, type(ge).__name__, list(ge), list(ge))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer(); next(c); c.close(); c.close()
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

import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("tag handled", repr(e))
    finally:
        print(f"</{name}>")

with tag("a") as t, tag("b"):
    print("body", t)
with tag("c"):
    {}["k"]
print("after suppressed")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, ev)
        return et is TypeError
with Suppress():
    len(5)
try:
    with Suppress():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
