import itertools as it
import operator
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io


def averager():
    total = count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as e:
                print("  averager got", repr(e))
                continue
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        print("  averager finally, count", count)
    return (count, avg)


g = averager()
print(next(g))
for v in (10, 20, 30):
    print(g.send(v))
print(g.throw(ValueError("skip")))
print(g.send(40))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g2 = averager()
next(g2)
g2.send(5)
g2.close()
print(g2.gi_frame, g2.gi_running)
try:
    next(g2)
except StopIteration:
    print("closed gen stop")


def delegator():
    result = yield from averager()
    print("  delegate result", result)
    yield "done"


d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


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


print(list(Countdown(4)), list(zip(Countdown(3), "abc")))

data = [("fruit", "apple", 3), ("fruit", "banana", 5), ("veg", "carrot", 2), ("veg", "leek", 1), ("fruit", "cherry", 9)]
for key, grp in it.groupby(sorted(data), key=operator.itemgetter(0)):
    items = list(grp)
    print(key, [i[1] for i in items], sum(i[2] for i in items))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(5), 3))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.chain.from_iterable(["ab", "cd", [1, 2]])), list(it.islice(it.count(10, 5), 2, 6)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("hello")))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.filterfalse(None, [0, 1, "", "x"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.repeat("z", 3)), list(it.islice(it.cycle("ab"), 5)))
print(next(it.count(2.5, 0.5)), repr(it.count(3)), repr(it.repeat(1, 2)))


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
with tag("a", log) as A, tag("b", log) as B:
    log.append(A + B)
print(log)
log.clear()
try:
    with tag("x", log):
        {}["missing"]
except KeyError as e:
    print("outer caught", e, log)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

with ExitStack() as stack:
    names = [stack.enter_context(tag(n, log)) for n in "pq"]
    stack.callback(print, "callback ran", names)
    log.append("body")
print(log)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
with nullcontext(42) as n:
    print(n)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden", 1, 2, sep="|")
print(repr(buf.getvalue()))

with ExitStack() as st2:
    st2.push(lambda *exc: print("push saw", exc[0].__name__) or True)
    raise RuntimeError("boom")
print("after exitstack suppress")
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))
gg = averager()
gg.send(1)
