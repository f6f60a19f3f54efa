# Attribute sites that the inline cache cannot serve (properties and other data
# descriptors, __getattribute__, class attributes and methods) remember that, and must
# still see every change: a class attribute later shadowed by instances, a property
# replaced, hooks added to the class.
class Prop:
    def __init__(self):
        self._v = 2

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value


def read_v(obj):
    return obj.v


def write_v(obj, value):
    obj.v = value


p = Prop()
print([read_v(p) for _ in range(3)])
write_v(p, 5)
write_v(p, 6)
print(read_v(p))
Prop.v = 42  # the property replaced by a plain class attribute
print(read_v(p))
write_v(p, 7)  # now an instance attribute
print(read_v(p), p.__dict__)


class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count


def read_count(obj):
    return obj.count


c1 = Counter()
print(read_count(c1), read_count(c1))
print(c1.bump(), c1.bump())
print(read_count(c1), read_count(Counter()))
Counter.count = 100
print(read_count(c1), read_count(Counter()))


class Methods:
    def m(self):
        return "class m"


def read_m(obj):
    return obj.m


mo = Methods()
print(read_m(mo)())
print(read_m(mo)())
mo.m = lambda: "instance m"
print(read_m(mo)())
del mo.m
print(read_m(mo)())


class Late:
    def __init__(self):
        self.x = 1


def read_x(obj):
    return obj.x


lo = Late()
print(read_x(lo), read_x(lo))


def ga(self, name):
    return "hooked " + name


Late.__getattribute__ = ga
print(read_x(lo))
del Late.__getattribute__
print(read_x(lo))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


def read_b(obj):
    return obj.b


s = Slots()
for _ in range(2):
    try:
        read_b(s)
    except AttributeError as e:
        print("AttributeError:", e)
s.b = 3
print(read_b(s))


class WithGetattr:
    def __getattr__(self, name):
        return "fallback " + name


w = WithGetattr()
print(read_x(w), read_x(w))
w.x = "own"
print(read_x(w))
