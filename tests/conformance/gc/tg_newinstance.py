# test_gc.test_newinstance: instances of builtin-derived classes, then the classes.
import gc

gc.collect()


class A(object):
    pass


a = A()
a.a = a
print(gc.collect())
del a
print(gc.collect() != 0)


class B(list):
    pass


class C(B, A):
    pass


a = C()
a.a = a
del a
print(gc.collect() != 0)
del B, C
print(gc.collect() != 0)
A.a = A()
del A
print(gc.collect() != 0)
print(gc.collect())
