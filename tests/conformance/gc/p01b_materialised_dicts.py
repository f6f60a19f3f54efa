# P1b: touching __dict__ materialises a dict per instance, doubling the count.
import gc

gc.collect()


class N:
    pass


a, b, c = N(), N(), N()
a.n = b
b.n = c
c.n = a
a.__dict__
b.__dict__
c.__dict__
del a, b, c
print(gc.collect())
