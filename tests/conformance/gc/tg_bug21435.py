# test_gc.test_bug21435: a __del__ that touches its partner during finalisation.
import gc

gc.collect()


class A:
    pass


class B:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        self.attr = None


def do_work():
    a = A()
    b = B(A())
    a.attr = b
    b.attr = a


do_work()
print(gc.collect())
