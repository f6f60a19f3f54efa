# Shapes: an abstract base class, total_ordering, __eq__/__hash__, properties with validation.
from abc import ABC, abstractmethod
from functools import total_ordering
import math


@total_ordering
class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @property
    def kind(self):
        return type(self).__name__.lower()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __hash__(self):
        return hash(round(self.area(), 6))

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, area={self.area():.2f})'


class Circle(Shape):
    def __init__(self, name, radius):
        super().__init__(name)
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value <= 0:
            raise ValueError('radius must be positive')
        self._radius = value

    def area(self):
        return math.pi * self.radius ** 2


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)


shapes = [Circle('c1', 1), Rect('r1', 2, 3), Square('s1', 2), Rect('r2', 1, 4), Circle('c2', 0.5)]
for s in sorted(shapes):
    print(s, s.kind)
print(max(shapes).name, min(shapes, key=lambda s: s.name).name)
print(Square('a', 2) == Rect('b', 1, 4), Square('a', 2) <= Rect('b', 2, 3), Circle('x', 1) > Square('y', 1))
print(len({Square('a', 2), Rect('b', 1, 4), Rect('c', 2, 2)}))
try:
    Shape('abstract')
except TypeError as e:
    print('TypeError:', e)
c = Circle('c', 2)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e, c.radius)
c.radius = 3
print(f'{c.area():.3f}', isinstance(c, Shape), issubclass(Square, Rect), Square.__mro__[1].__name__)
print(Circle('z', 1) == 3.14, Shape.__abstractmethods__)
by_kind = {}
for s in shapes:
    by_kind.setdefault(s.kind, []).append(s.name)
print(by_kind)
