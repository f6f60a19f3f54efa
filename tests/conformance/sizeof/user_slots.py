# __slots__, __weakref__ and __dict__ slots, dataclasses with slots: sizes, weakrefs, tracking.
import sys, weakref, gc
from dataclasses import dataclass
class Plain:
    def __init__(self): self.a = 1; self.b = 2
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = 2
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
class SlottedDict:
    __slots__ = ("a", "__dict__")
@dataclass
class DC:
    x: int
    y: int
@dataclass(slots=True)
class DCS:
    x: int
    y: int
for cls, obj in [(Plain, Plain()), (Slotted, Slotted()), (SlottedWeak, SlottedWeak()), (SlottedDict, SlottedDict()), (DC, DC(1, 2)), (DCS, DCS(1, 2))]:
    has_dict = hasattr(obj, "__dict__")
    try:
        weakref.ref(obj); wr = True
    except TypeError:
        wr = False
    print(cls.__name__, sys.getsizeof(obj), has_dict, wr, gc.is_tracked(obj), cls.__basicsize__)
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Slotted.a, type(Slotted.a).__name__)
sd = SlottedDict(); sd.z = 5; print(sd.__dict__, sys.getsizeof(sd))
print(sys.getsizeof(DCS(1, 2)) < sys.getsizeof(DC(1, 2)) + sys.getsizeof(DC(1, 2).__dict__))
class Base:
    __slots__ = ("x",)
class Child(Base):
    pass
class Child2(Base):
    __slots__ = ("y",)
print(sys.getsizeof(Child()), sys.getsizeof(Child2()), hasattr(Child(), "__dict__"), hasattr(Child2(), "__dict__"))
