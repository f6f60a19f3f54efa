# collect(0) frees a young cycle but not one that was already promoted.
import gc

gc.collect()
old = []
old.append(old)
gc.collect(0)
young = []
young.append(young)
del old, young
print(gc.collect(0))
print(gc.collect(1))
print(gc.collect())
