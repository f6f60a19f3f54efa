# Method calls at one site while the class, its bases and the instances change.
class Base:
    def m(self):
        return "Base.m"


class C(Base):
    def __init__(self):
        self.x = 1


def call_all(objs):
    return [o.m() for o in objs]


a, b = C(), C()
print(call_all([a, b]))
b.m = lambda: "instance b"          # shadows through the shared keys
print(call_all([a, b]))
c = C()
c.__dict__["m"] = lambda: "dict c"  # a materialised __dict__
print(call_all([a, c]))
Base.m = lambda self: "Base.m v2"    # a base's dict changes
print(call_all([a, C()]))
C.m = lambda self: "C.m"             # the class's own dict
print(call_all([a, C()]))
del C.m
print(call_all([a, C()]))


class G(Base):
    def __getattribute__(self, name):
        return lambda: "G.__getattribute__ " + name


print(call_all([G(), C()]))
C.__getattribute__ = lambda self, name: (lambda: "late getattribute")
print(call_all([C(), a]))
del C.__getattribute__


class S(Base):
    __slots__ = ("v",)


print(call_all([S(), S()]))
S.m = lambda self: "S.m"
print(call_all([S()]))


def f(self):
    return "f " + type(self).__name__


class D:
    m = f


d = D()
print(call_all([d, d]))
print(call_all([d]))
d2 = D()
d2.m = 42
try:
    call_all([d2])
except TypeError as e:
    print(e)
for i in range(3):
    class Fresh:
        def m(self, i=i):
            return i
    print(call_all([Fresh()]))
