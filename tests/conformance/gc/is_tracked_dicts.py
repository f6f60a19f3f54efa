# Dicts start untracked and become tracked when a container is stored in them.
import gc

gc.collect()
d = {}
print(gc.is_tracked(d))
d['a'] = 1
d['b'] = 'text'
print(gc.is_tracked(d))
d['c'] = []
print(gc.is_tracked(d))
print(gc.is_tracked(dict(a=1)), gc.is_tracked({'x': 'y'}), gc.is_tracked({1: {}}))
e = {'k': [1]}
print(gc.is_tracked(e.copy()), gc.is_tracked(dict(e)))
