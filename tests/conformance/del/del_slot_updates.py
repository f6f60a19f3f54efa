# tp_finalize follows __del__: only classes that have one (along the MRO) get a finalizer,
# and setting or deleting __del__ on a class later updates it and its subclasses.
import gc

gc.collect()


class Plain:
    pass


class Saver:
    def __del__(self):
        global saved
        saved = self.p


# A plain instance resurrected by another object's __del__ was never finalized itself.
p = Plain()
s = Saver()
s.p = p
p.s = s
del p, s
print("collected:", gc.collect())
print("finalized:", gc.is_finalized(saved), gc.is_finalized(saved.s))
del saved
gc.collect()


class A:
    pass


class B(A):
    pass


class C(B):
    pass


# __del__ added to a base after the subclasses exist: their instances run it, on
# deallocation and in the collector.
A.__del__ = lambda self: print("del", type(self).__name__)
B()
C()
A()
c = C()
c.me = c
del c
print("cycle:", gc.collect())

# Overridden in the middle, then deleted there: C falls back to A's again.
B.__del__ = lambda self: print("B's del", type(self).__name__)
C()
del B.__del__
C()

# Deleted at the root: nothing runs any more.
del A.__del__
A()
B()
C()
a = C()
a.me = a
del a
print("no finalizer:", gc.collect())


# A mixin base with __del__ given to a class with two bases.
class Mixin:
    pass


class Both(Plain, Mixin):
    pass


Mixin.__del__ = lambda self: print("mixin del", type(self).__name__)
Both()
x = Both()
x.me = x
del x
print("mixin cycle:", gc.collect())
