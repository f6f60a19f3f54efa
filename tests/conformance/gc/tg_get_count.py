# test_gc.test_get_count
import gc

gc.collect()
a, b, c = gc.get_count()
x = []
d, e, f = gc.get_count()
print((b, c), (e, f), a < 5, d > a)
