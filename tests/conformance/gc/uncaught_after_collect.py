# A program that collects, then dies with an uncaught exception.
import gc

gc.collect()
l = []
l.append(l)
del l
print('collected', gc.collect())
gc.collect(5)
print('not reached')
