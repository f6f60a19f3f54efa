# test_gc.test_boom2: __getattr__ that breaks the cycle on its second call.
import gc

gc.collect()


class Boom2:
    def __init__(self):
        self.x = 0

    def __getattr__(self, someattribute):
        self.x += 1
        if self.x > 1:
            del self.attr
        raise AttributeError


a = Boom2()
b = Boom2()
a.attr = b
b.attr = a
del a, b
print(gc.collect())
