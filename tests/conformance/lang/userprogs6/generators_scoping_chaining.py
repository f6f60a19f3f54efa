import sys
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    try:
        yield 3
    except ValueError as e:
        print("outer caught", repr(e))
        yield "recovered"
    finally:
        print("outer finally")
g = outer()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("boom")))
g.close()
print(g.gi_frame, g.gi_running)
def stopper():
    yield 1
    raise StopIteration("bad")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd is not None:
            n += cmd
        else:
            n += 1
ct = counter()
print([next(ct), next(ct), ct.send(10), ct.send("reset"), next(ct)])
gen = (i * i for i in range(3))
print(list(gen), list(gen), next(gen, "done"))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 30, fib())))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def reent():
    yield next(g3)
g3 = reent()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
fs = [lambda: i for i in range(3)]
print([f() for f in fs], [(lambda i=i: i)() for i in range(3)])
def make():
    out = []
    for i in range(3):
        def f(i=i): return i * 10
        out.append(f)
    return out
print([f() for f in make()])
def scope_err():
    print(x)
    x = 1
try:
    scope_err()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def counter2():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = counter2(); inc(); print(inc(), inc.__closure__[0].cell_contents)
total = 0
def add(n):
    global total
    total += n
add(5); add(6); print(total)
try:
    undefined_nme
except NameError as e:
    print("NameError:", e, e.name)
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("second") from None
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
def chain():
    try:
        {}["missing"]
    except KeyError as exc:
        raise ValueError("converted") from exc
try:
    chain()
except ValueError as e:
    import traceback
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* TypeError as eg:
    print("types:", eg.exceptions)
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
print(eg.split(KeyError)[0], eg.subgroup(lambda e: isinstance(e, ValueError)), len(eg.exceptions))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "not found")
except MyErr as e:
    print(e, repr(e), e.args)
e = ValueError("x"); e.add_note("note 1"); e.add_note("note 2"); print(e.__notes__)
def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(finally_return())
def finally_override():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(finally_override())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
print(sys.exc_info())
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen_finally():
    print(v)
    break
print("after break")
x = gen_finally(); next(x); del x
print("end")
raise MyErr(500, "fatal") from KeyError("origin")
