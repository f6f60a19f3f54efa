# test_gc.test_class / test_newstyleclass: classes are collectable.
import gc

gc.collect()


class A:
    pass


A.a = A
del A
print(gc.collect() != 0)


class B(list):
    pass


del B
print(gc.collect() != 0)
