# test_gc.test_method: an instance holding its own bound method.
import gc

gc.collect()


class A:
    def __init__(self):
        self.init = self.__init__


a = A()
del a
print(gc.collect() != 0)
