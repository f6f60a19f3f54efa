import gc
# Constants, tuples and comprehensions in the module change what CPython's compiler leaves behind.
WEIGHTS = (0.25, 0.5, 0.25)
LABELS = {'low': (0, 10), 'mid': (10, 20), 'high': (20, 30)}
SCALE = 2 ** 10


def label(v):
    for name, (lo, hi) in LABELS.items():
        if lo <= v < hi:
            return name
    return 'out'


print(gc.get_count())
values = [i * 3 % 31 for i in range(40)]
print([label(v) for v in values[:8]], sum(w * v for w, v in zip(WEIGHTS, values)), SCALE)
cycles = []
for i in range(800):
    x = [i]
    x.append(x)
print(gc.get_count(), gc.collect())
