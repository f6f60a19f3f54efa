# Classes made in loops, subclasses, metaclasses and classes holding their instances, collected.
import gc, sys, weakref

gc.collect()
gc.disable()
refs = []
for i in range(5):
    T = type(f"T{i}", (object,), {"n": i, "m": lambda self: self.n})
    refs.append(weakref.ref(T))
del T
print("alive before collect:", sum(r() is not None for r in refs))
print("collect:", gc.collect())
print("alive after:", sum(r() is not None for r in refs))

class Base:
    pass
for i in range(3):
    class Sub(Base):
        x = i
subs = Base.__subclasses__()
print("subclasses before collect:", len(subs))
del subs, Sub
print("collect subclass cycles:", gc.collect())
print("subclasses after:", len(Base.__subclasses__()))

def make_class_with_slots():
    class S:
        __slots__ = ("a",)
    return S
S = make_class_with_slots()
r = weakref.ref(S)
del S
print("slots class collect:", gc.collect(), r() is None)

def make_class_with_meta():
    class M(type):
        pass
    class C(metaclass=M):
        pass
    return C
C = make_class_with_meta()
rm = weakref.ref(type(C))
del C
print("class+metaclass collect:", gc.collect(), rm() is None)

class Plain:
    pass
print("sizes:", sys.getsizeof(Plain), sys.getsizeof(type("X", (), {})))
print("type refcount of Plain > 3:", sys.getrefcount(Plain) > 3)
print("class tracked:", gc.is_tracked(Plain), "dict tracked:", gc.is_tracked(Plain.__dict__))
print("mro tuple tracked:", gc.is_tracked(Plain.__mro__))
gc.collect()
print("after collect, mro tuple tracked:", gc.is_tracked(Plain.__mro__), "bases:", gc.is_tracked(Plain.__bases__))

# class with __del__ and a cycle through the class
class Node:
    registry = []
    def __init__(self):
        Node.registry.append(self)
    def __del__(self):
        print("  Node.__del__")
Node()
reg = weakref.ref(Node)
del Node
print("class holding its own instance, collect:", gc.collect(), reg() is None)
gc.enable()
