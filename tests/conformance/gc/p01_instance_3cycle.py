# P1: three instances in a cycle are three objects for the collector.
import gc

gc.collect()


class N:
    pass


a, b, c = N(), N(), N()
a.n = b
b.n = c
c.n = a
del a, b, c
print(gc.collect())
