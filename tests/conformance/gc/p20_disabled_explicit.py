# P20: explicit collection works while automatic collection is disabled.
import gc

gc.collect()
gc.disable()
print(gc.isenabled())
l = []
l.append(l)
del l
print(gc.collect())
gc.enable()
print(gc.isenabled())
