# Frozen garbage is not collected; a cycle made after freeze() still is.
import gc

gc.collect()
a = []
a.append(a)
gc.freeze()
del a
b = []
b.append(b)
del b
print(gc.collect())
gc.unfreeze()
print(gc.collect())
