# P3: a dict that contains itself.
import gc

gc.collect()
d = {}
d['me'] = d
print(d)
del d
print(gc.collect())
