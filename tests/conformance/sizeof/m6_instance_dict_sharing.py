import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [Point(i, i) for i in range(3)]
print("shared", [sys.getsizeof(p.__dict__) for p in pts])
pts[0].z = 1
print("one unshared?", [sys.getsizeof(p.__dict__) for p in pts])
p4 = Point(1, 2)
print("new after", sys.getsizeof(p4.__dict__))
class Many:
    def __init__(self):
        for i in range(40):
            setattr(self, "attr%d" % i, i)
m = Many()
print("many attrs", sys.getsizeof(m.__dict__), len(m.__dict__))
m2 = Many()
print("many attrs 2nd", sys.getsizeof(m2.__dict__))
class Lazy:
    pass
l = Lazy()
print("no dict yet", sys.getsizeof(l))
d = l.__dict__
print("materialised", sys.getsizeof(d), sys.getsizeof(l))
l.a = 1
print("after attr", sys.getsizeof(d))
class Reversed:
    def __init__(self, flip):
        if flip:
            self.b = 1; self.a = 2
        else:
            self.a = 1; self.b = 2
r1 = Reversed(False); r2 = Reversed(True)
print("order differs", sys.getsizeof(r1.__dict__), sys.getsizeof(r2.__dict__))
class Deleter:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3
dd = Deleter()
del dd.b
print("after del attr", sys.getsizeof(dd.__dict__))
dd.b = 5
print("re-add", sys.getsizeof(dd.__dict__), list(vars(dd)))
class Base:
    def __init__(self):
        self.base = 1
class Child(Base):
    def __init__(self):
        super().__init__()
        self.child = 2
print("inherit", sys.getsizeof(Child().__dict__), sys.getsizeof(Base().__dict__))
class S1:
    __slots__ = ("a",)
class S2(S1):
    __slots__ = ("b", "c")
class S3(S2):
    pass
print("slots chain", sys.getsizeof(S1()), sys.getsizeof(S2()), sys.getsizeof(S3()))
class WithDictSlot:
    __slots__ = ("a", "__dict__")
print("dict slot", sys.getsizeof(WithDictSlot()))
class WithWeakSlot:
    __slots__ = ("__weakref__",)
print("weak slot", sys.getsizeof(WithWeakSlot()))
import collections
NT = collections.namedtuple("NT", "a b c")
print("namedtuple vs class", sys.getsizeof(NT(1, 2, 3)), sys.getsizeof(Point(1, 2)) + sys.getsizeof(Point(1, 2).__dict__))
def total(o):
    return sys.getsizeof(o) + sys.getsizeof(vars(o))
print("total", total(Point(1, 2)))
class Big:
    def __init__(self):
        self.a = self.b = self.c = self.d = self.e = self.f = 0
print("six attrs", sys.getsizeof(Big().__dict__))
class Seven:
    def __init__(self):
        self.a = self.b = self.c = self.d = self.e = self.f = self.g = 0
print("seven", sys.getsizeof(Seven().__dict__))
class Thirty:
    def __init__(self):
        for i in range(30): setattr(self, f"x{i}", i)
print("thirty", [sys.getsizeof(Thirty().__dict__) for _ in range(3)])
