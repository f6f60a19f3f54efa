# Generation stats accumulate; uncollectable stays 0 for pure-Python objects.
import gc

gc.collect()
before = gc.get_stats()[2]
for i in range(5):
    l = []
    l.append(l)
    del l
    gc.collect()
after = gc.get_stats()[2]
print(after['collections'] - before['collections'], after['collected'] - before['collected'],
      after['uncollectable'] - before['uncollectable'])
