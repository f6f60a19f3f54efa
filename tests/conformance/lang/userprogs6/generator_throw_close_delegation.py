def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub-recovered"
    finally:
        print("sub finally")
def mid():
    result = yield from sub()
    print("mid result", result)
    yield "mid-end"
g = mid()
print(next(g), g.throw(KeyError("k")), next(g))
g.close()
def over_iter():
    yield from iter([1, 2, 3])
g = over_iter(); next(g)
try:
    g.throw(ValueError("into list iterator"))
except ValueError as e:
    print("propagated", e)
print(next(g, "exhausted"))
def closing():
    try:
        yield from sub()
    finally:
        print("closing finally")
g = closing(); next(g); g.close(); print("closed", g.gi_frame)
def catch_all():
    while True:
        try:
            yield
        except Exception as e:
            print("swallow", type(e).__name__)
g = catch_all(); next(g); g.throw(TypeError); g.throw(ValueError("v"))
def send_to_sub():
    def echo():
        while True:
            got = yield
            print("echo", got)
    yield from echo()
g = send_to_sub(); next(g); g.send("a"); g.send("b")
try:
    g.send(None) ; print("sent None ok")
except StopIteration:
    print("stop")
def genexp_scope():
    x = 10
    return list(x + i for i in range(3))
print(genexp_scope())
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, next(gen), list(gen))
def infinite():
    n = 0
    while True:
        yield n; n += 1
import itertools
print(list(itertools.islice(infinite(), 3, 8, 2)), next(itertools.dropwhile(lambda v: v < 100, infinite())))
def g_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = g_return_in_finally(); next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
g = g_return_in_finally(); next(g); print(g.close())
def throw_after_done():
    yield 1
g = throw_after_done(); list(g)
try:
    g.throw(IndexError("late"))
except IndexError as e:
    print("late throw", e)
def not_started():
    print("never printed")
    yield
g = not_started()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    not_started().send(5)
except TypeError as e:
    print("TypeError:", e)
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None: return total
        total += x
acc = accumulate(); next(acc)
for v in (5, 10, 20): print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
