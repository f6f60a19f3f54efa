# Classes are collected only by the cycle collector; __subclasses__ forgets dead classes.
import gc, sys, weakref
gc.collect()
class Meta(type):
    pass
class A(metaclass=Meta):
    def method(self): pass
wr = weakref.ref(A)
print(sys.getrefcount(A) > 1)
print(len(gc.get_referrers(A)) >= 1)
del A
print("class alive before collect:", wr() is not None)
print(gc.collect() > 0)
print("class alive after collect:", wr() is not None)
def make_class(n):
    class Temp:
        x = n
    return Temp
classes = [make_class(i) for i in range(3)]
refs = [weakref.ref(c) for c in classes]
del classes
print([r() is not None for r in refs])
print(gc.collect() > 0, [r() is None for r in refs])
class B:
    pass
b = B()
print(gc.is_tracked(B), gc.is_tracked(b), gc.is_tracked(B.__dict__))
print(sys.getsizeof(B.__dict__) > 0)
print(B.__subclasses__(), object.__subclasses__()[:0])
class C(B): pass
print(B.__subclasses__())
del C
gc.collect()
print(B.__subclasses__())
print(B.__mro__, B.__bases__)
print(sys.getsizeof(B) > 400)
