import contextlib
import itertools
import sys
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io

def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        except GeneratorExit:
            print("averager closing at", count)
            raise
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def delegate(results, key):
    while True:
        results[key] = yield from averager()

def grouper():
    results = {}
    for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
        g = delegate(results, key)
        next(g)
        for v in values:
            print(key, v, g.send(v))
        g.send(None)
    return results

print(grouper())

g = averager()
print(next(g), g.send(10), g.send(20))
print(g.throw(ValueError("bad value")))
print(g.send(30))
g.close()
print(g.gi_frame, g.gi_running)
try:
    g.send(1)
except StopIteration as e:
    print("stopped", e.value)

g2 = averager(); next(g2); g2.send(4)
try:
    g2.send(None)
except StopIteration as e:
    print("return value", e.value, e.args)

def countdown(n):
    print("start", n)
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown finally")

def pipeline():
    nums = (x * x for x in countdown(6))
    evens = filter(lambda v: v % 2 == 0, nums)
    return list(itertools.islice(evens, 2))

print(pipeline())

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Fib(100)), sum(Fib(1000)), list(Countdown(4)), list(zip(Countdown(3), Fib(10))))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print([list(g) for k, g in itertools.groupby("aaabccdd")], list(itertools.pairwise("abcd")))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2))[:4], list(itertools.permutations("abc", 2))[:3])
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, itertools.count())))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1])), list(itertools.repeat("x", 3)))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.dropwhile(lambda c: c != "c", "abcde")))

@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"!{e}")
        raise
    finally:
        log.append(f"</{name}>")

log = []
with tag("html", log) as h, tag("body", log) as b:
    log.append(h + b)
print(log)
log = []
try:
    with tag("div", log):
        {}["missing"]
except KeyError:
    log.append("handled")
print(log)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")

class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False
    def close(self):
        print("closing()", self.name)

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "xyz"]
    stack.callback(print, "callback ran", len(rs))
    stack.push(lambda *exc: print("pushed exit", exc[0]))
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("ok"))
        stack.enter_context(Resource("bad", fail=True))
except RuntimeError as e:
    print("caught", e)
with closing(Resource("c")) as r, nullcontext(5) as five:
    print(r.name, five)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2, sep="-")
print(repr(buf.getvalue()))

def gen_with_return():
    x = yield 1
    y = yield x * 2
    return x + y

def outer():
    r = yield from gen_with_return()
    yield f"inner returned {r}"

o = outer()
print(next(o), o.send(5), o.send(7))
def thrower():
    try:
        yield 1
    except RuntimeError:
        yield "recovered"
    yield "end"
t = thrower(); next(t)
print(t.throw(RuntimeError), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def bad_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
