from __future__ import annotations
import abc
import math
from typing import Protocol, runtime_checkable, TypedDict, NamedTuple, Generic, TypeVar, Optional, Union, Callable, Iterator, Any, Final, Literal, cast, get_type_hints, overload
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY
from functools import cached_property, singledispatchmethod, partialmethod, reduce, wraps
import operator

T = TypeVar("T")
K = TypeVar("K", bound="Shape")


class Shape(abc.ABC):
    registry: dict[str, type] = {}

    def __init_subclass__(cls, /, tag: str = "", **kw):
        super().__init_subclass__(**kw)
        if tag:
            Shape.registry[tag] = cls

    @property
    @abc.abstractmethod
    def area(self) -> float: ...

    @abc.abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__}(area={self.area:.3f}, perimeter={self.perimeter():.3f})"

    def __lt__(self, other: Shape) -> bool:
        return self.area < other.area


class Circle(Shape, tag="circle"):
    def __init__(self, r: float):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, tag="rect"):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @cached_property
    def diagonal(self):
        print("  (computing diagonal)")
        return math.hypot(self.w, self.h)


class Square(Rect, tag="square"):
    def __init__(self, s):
        super().__init__(s, s)


class Broken(Shape):
    def perimeter(self):
        return 0


try:
    Shape()
except TypeError as e:
    print(e)
try:
    Broken()
except TypeError as e:
    print(e)

shapes = [Circle(1), Rect(2, 3), Square(1.5), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(sorted(Shape.registry), Shape.registry["square"].__mro__[1].__name__, Square.__abstractmethods__, sorted(Shape.__abstractmethods__))
r = Rect(3, 4)
print(r.diagonal, r.diagonal, "diagonal" in vars(r))
print(isinstance(r, Shape), issubclass(Square, Rect), Shape.register(int), isinstance(3, Shape))


@runtime_checkable
class HasArea(Protocol):
    @property
    def area(self) -> float: ...


class Blob:
    area = 10


print(isinstance(Blob(), HasArea), isinstance(3, HasArea), isinstance(Circle(2), HasArea))
try:
    class NotRuntime(Protocol):
        def f(self): ...
    isinstance(1, NotRuntime)
except TypeError as e:
    print("TypeError:", e)


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: Point) -> float:
        return math.dist(self, other)


class Movie(TypedDict, total=False):
    title: str
    year: int


p = Point(3, 4)
print(p, p.dist(Point(0)), p._asdict(), Point._field_defaults, p._replace(y=1), Point._make([1, 2]))
m: Movie = {"title": "Alien"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)

    def __repr__(self):
        return f"Stack({self.items})"


s: Stack[int] = Stack[int]().push(1).push(2).push(3)
print(s, list(s), s.pop(), Stack[str].__origin__ is Stack, Stack.__parameters__)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    _: KW_ONLY
    label: str = field(default="", compare=False)

    def __post_init__(self):
        if min(self.major, self.minor, self.patch) < 0:
            raise ValueError("negative version component")

    @classmethod
    def parse(cls, text: str) -> Version:
        core, _, label = text.partition("-")
        return cls(*map(int, core.split(".")), label=label)

    def __str__(self):
        return ".".join(map(str, (self.major, self.minor, self.patch))) + (f"-{self.label}" if self.label else "")


vs = [Version.parse(t) for t in ["1.2.3", "1.10.0", "1.2.3-beta", "0.9", "2"]]
print(sorted(vs), [str(v) for v in sorted(vs, reverse=True)], max(vs))
print(vs[0] == vs[2], hash(vs[0]) == hash(vs[2]), len(set(vs)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(-1)
except ValueError as e:
    print(e)
try:
    Version(1, 2, 3, "x")
except TypeError as e:
    print(e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"obj:{arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:+d}"

    @fmt.register
    def _(self, arg: list):
        return "[" + ", ".join(self.fmt(a) for a in arg) + "]"

    def scaled(self, arg, factor):
        return arg * factor

    double = partialmethod(scaled, factor=2)


f = Formatter()
print(f.fmt(5), f.fmt("x"), f.fmt([1, "a", [2]]), f.double(21), f.fmt(True))
print(get_type_hints(Point), cast(int, "not really"), Literal["a", "b"], Optional[int], Union[int, str, None])
MAX: Final = 10
print(reduce(operator.add, range(MAX)), reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))


def logged(fn: Callable[..., T]) -> Callable[..., T]:
    @wraps(fn)
    def inner(*a: Any, **k: Any) -> T:
        r = fn(*a, **k)
        print(f"  {fn.__name__}{[type(x).__name__ for x in a]} -> {r}")
        return r
    return inner


@logged
def area_sum(*shapes: Shape) -> float:
    """Total area."""
    return round(sum(s.area for s in shapes), 4)


area_sum(Circle(1), Square(2))
print(area_sum.__name__, area_sum.__doc__, area_sum.__wrapped__.__annotations__)
s.pop(); s.pop(); s.pop()
