import gc

print(gc.get_count())
RATES = (0.5, 1.25, 2.0, -0.0)
NAMES = ('alpha', 'beta', ('gamma', 1.5))
MAGIC = b'\x89PNG'
FLAGS = {1, 2, 3, 5, 8}
for w in ['x', 'y', 'z']:
    print(w, w in {'x', 'y'}, w in ['z', 'w'])
table = {'a': 1.5, 'b': 2.5, 'c': (1, 2)}
print(sorted(table), RATES[1] * 2, NAMES[2][1], len(MAGIC), 5 in FLAGS)
print(gc.get_count())
