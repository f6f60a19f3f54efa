# Calls with *args and **kwargs, a decorator and keyword arguments, measured by get_count().
import gc

gc.collect()
gc.disable()


def trace(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@trace
def add(a, b=0, *, scale=1):
    return (a + b) * scale


def deltas(label, fn):
    c = gc.get_count()[0]
    r = fn()
    print(label, r, gc.get_count()[0] - c)


deltas('positional', lambda: add(1, 2))
deltas('keyword', lambda: add(1, b=2))
deltas('kwonly', lambda: add(1, 2, scale=3))
deltas('star', lambda: add(*[1, 2]))
deltas('star tuple', lambda: add(*(1, 2)))
deltas('double star', lambda: add(1, **{'b': 5}))
deltas('max key', lambda: max([3, 1, 2], key=lambda v: -v))
deltas('sorted reverse', lambda: sorted([3, 1, 2], reverse=True))
deltas('min many', lambda: min(4, 5, 6))
