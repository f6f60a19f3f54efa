# P19: gc.collect() called from __del__ during a collection returns 0 at once.
import gc

gc.collect()


class D:
    def __del__(self):
        print('inner collect ->', gc.collect())


d = D()
d.me = d
del d
print('outer collect ->', gc.collect())
