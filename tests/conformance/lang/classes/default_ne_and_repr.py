# object.__ne__ inverts __eq__ (unless it is NotImplemented); the default repr names the
# object's own class, also for subclasses of classes that define no __repr__.


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Point3(Point):
    __slots__ = ('z',)


class Truthy:
    def __eq__(self, other):
        return 'yes' if other == 1 else ''


class Raising:
    def __eq__(self, other):
        raise ValueError('no comparing')


class NeOwn(Point):
    def __ne__(self, other):
        return 'own __ne__'


class Never:
    def __eq__(self, other):
        return NotImplemented


p, q = Point(1, 2), Point(1, 2)
print(p != q, p != Point(2, 1), p != 3, 3 != p, p.__ne__(q), p.__ne__(3))
print(Point3(1, 2) != q, q != Point3(1, 2))
print(Truthy() != 1, Truthy() != 2, Truthy().__ne__(1))
try:
    Raising() != 1
except ValueError as e:
    print('ValueError:', e)
print(NeOwn(1, 2) != q, q != NeOwn(1, 2))
n = Never()
print(n != n, n != Never(), n == n)
print([x.x for x in [p, q, Point(0, 0)] if x != q])
print([Point(1, 2)].count(q), [Point(1, 2)].index(q), Point(1, 2) in {q})


class Base:
    pass


class Child(Base):
    pass


class GrandChild(Child):
    def __init__(self):
        super().__init__()


class WithRepr:
    def __repr__(self):
        return 'WithRepr()'


class AfterRepr(WithRepr):
    pass


for obj in (Base(), Child(), GrandChild(), AfterRepr(), Point3(0, 0)):
    text = repr(obj)
    print(text.split(' object at ')[0] if ' object at ' in text else text, str(obj) == text)
