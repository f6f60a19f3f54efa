# P2: a list that contains itself.
import gc

gc.collect()
l = []
l.append(l)
print(len(l), l)
del l
print(gc.collect())
