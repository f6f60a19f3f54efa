# P9: a function defined by exec in a fresh globals dict forms a function <-> dict cycle.
import gc

gc.collect()
d = {}
exec("def f(): pass\n", d)
print(sorted(k for k in d if k != '__builtins__'))
del d
print(gc.collect())
