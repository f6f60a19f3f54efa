# Runtime raises caught a frame or two up (a subscript's IndexError or KeyError, next()'s
# StopIteration, an exception through a keyword call): types, messages, args, __context__,
# traceback lines and reference counts.
import sys
import traceback


def item(v, i):
    return v[i]


def key(d, k):
    return d[k]


def drain(it):
    return next(it)


def kwcall(v, *, at):
    return v[at]


def chain(n, *, at):
    if n == 0:
        return item((1, 2), at)
    return chain(n - 1, at=at)


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class K:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self is other


k = K()
xs = [1, 2, 3]
before = sys.getrefcount(xs), sys.getrefcount(k)
for probe in (
    lambda: item(xs, 3),
    lambda: item(xs, -4),
    lambda: item((), 0),
    lambda: key({}, k),
    lambda: key({"a": 1}, "b"),
    lambda: key({1: 2}, [1]),
    lambda: drain(iter(xs[:0])),
    lambda: kwcall(xs, at=7),
    lambda: chain(3, at=5),
):
    try:
        probe()
    except LookupError as e:
        print(type(e).__name__, e.args if not isinstance(e.args[0], K) else "K", tb_lines(e)[1:])
    except StopIteration as e:
        print("StopIteration", e.args, tb_lines(e)[1:])
    except TypeError as e:
        print("TypeError", e)
print(sys.getrefcount(xs) - before[0], sys.getrefcount(k) - before[1])


def in_handler():
    try:
        {}["x"]
    except KeyError:
        return [][0]


try:
    in_handler()
except IndexError as e:
    print(repr(e), repr(e.__context__))


def local_catch(d):
    n = 0
    for i in range(5):
        try:
            n += d[i]
        except KeyError as e:
            n += 100
            last = e
    return n, last.args


print(local_catch({0: 1, 2: 3}))
try:
    chain(2, at=9)
except IndexError:
    traceback.print_exc(file=sys.stdout)
