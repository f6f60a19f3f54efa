# __slots__ saves memory only if every class up the hierarchy has them: a slotted subclass
# of a class with a __dict__ still has one (and a __weakref__), and classes made by a
# metaclass are as big as any other class.
import gc
import sys
import tracemalloc


class Base:
    def __init__(self):
        self.x = 1


class Slotted(Base):
    __slots__ = ("a",)


class AllSlots:
    __slots__ = ("x",)


class AllSlotsChild(AllSlots):
    __slots__ = ("a",)


class Mixin:
    pass


class Both(AllSlots, Mixin):
    __slots__ = ("b",)


s = Slotted()
s.a = 2
s.y = 3
print(s.__dict__, s.a, sys.getsizeof(s), sys.getsizeof(s.__dict__), hasattr(s, "__weakref__"))
c = AllSlotsChild()
c.x, c.a = 1, 2
try:
    c.y = 3
except AttributeError as e:
    print("AttributeError:", e)
print(sys.getsizeof(c), hasattr(c, "__dict__"), hasattr(c, "__weakref__"))
b = Both()
b.z = 1
print(b.__dict__, sys.getsizeof(b))
print(sorted(k for k in vars(Slotted) if not k.startswith("__") or k in ("__dict__", "__weakref__")))
print([sys.getsizeof(t) for t in (Base, Slotted, AllSlots, AllSlotsChild, Both)])


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class MetaSized(type):
    def __sizeof__(cls):
        return type.__sizeof__(cls) + 1


class Custom(metaclass=MetaSized):
    pass


print(sys.getsizeof(WithMeta), sys.getsizeof(Meta), sys.getsizeof(Custom), sys.getsizeof(WithMeta()))


def per_instance(cls):
    gc.collect()
    tracemalloc.start()
    items = [cls() for _ in range(1000)]
    for it in items:
        it.x = 5
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return size // 1000


print(per_instance(Base), per_instance(Slotted), per_instance(AllSlots), per_instance(AllSlotsChild))
