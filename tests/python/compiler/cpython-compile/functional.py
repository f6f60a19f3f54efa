import gc
from functools import reduce


def compose(*fns):
    return lambda x: reduce(lambda acc, f: f(acc), fns, x)


inc = lambda n, step=1: n + step
double = lambda n: n * 2
pipeline = compose(inc, double, lambda n: n - 3)
print(gc.get_count())
values = [pipeline(v) for v in range(10) if v % 2 == 0]
squares = {v: v * v for v in values}
evens = {v for v in values if not v & 1}
print(values, squares, sorted(evens), sum(v for v in values))
print(sorted(values, key=lambda v: (-v, str(v)), reverse=False))
print(dict(a=1, b=2, **{'c': 3}), max(values, default=0), list(zip(*[(1, 2), (3, 4)])))
print(gc.get_count())
for i in range(1000):
    x = [[i]]
    x.append(x)
print(gc.get_count(), gc.collect())
