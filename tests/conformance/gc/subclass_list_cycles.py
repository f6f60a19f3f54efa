# test_gc's test_newinstance: instances of list subclasses in cycles through __dict__.
import gc

class A(list):
    pass

gc.collect()
a = A()
a.a = a
del a
print(gc.collect())

class B(list):
    pass

class C(B, A):
    pass

a = C()
a.a = a
del a
print(gc.collect())
del B, C
print(gc.collect())
A.a = A()
del A
print(gc.collect())

class D(dict):
    pass

d = D()
d['self'] = d
d.other = [d]
del d
print(gc.collect())
