# X | Y where a class's metaclass is a subclass of type (ABCMeta, a user metaclass): the
# union comes from type.__or__/__ror__, as for plain classes.
import abc
import collections.abc
from typing import Optional


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Meta(type):
    pass


class Tagged(metaclass=Meta):
    pass


print(int | collections.abc.Sequence)
print(Shape | None, None | Shape, str | Shape, Shape | int, Shape | Shape)
print(Tagged | None, Tagged | Shape, list[int] | Shape)
u = collections.abc.Mapping | collections.abc.Sequence | None
print(u, u.__args__)
print(isinstance([], u), isinstance({}, u), isinstance(3, u))


def f(x: int | collections.abc.Iterable) -> Optional[Shape]:
    return None


print(f.__annotations__)
try:
    Shape | 3
except TypeError as e:
    print(e)
