# test_gc.test_boom: the collector must not call __getattr__ (which breaks the cycle).
import gc

gc.collect()


class Boom:
    def __getattr__(self, someattribute):
        del self.attr
        raise AttributeError


a = Boom()
b = Boom()
a.attr = b
b.attr = a
del a, b
print(gc.collect())
