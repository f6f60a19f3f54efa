# test_gc.test_tuple: a tuple and a list in a cycle are two objects.
import gc

gc.collect()
a = []
t = (a,)
a.append(t)
del a, t
print(gc.collect())
