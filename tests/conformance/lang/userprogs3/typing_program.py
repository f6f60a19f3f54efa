from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List,
                    Literal, NamedTuple, Optional, Protocol, Tuple, TypedDict, TypeVar, Union,
                    get_type_hints, get_origin, get_args, runtime_checkable, overload, cast)
from dataclasses import dataclass, field, fields

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")
N = TypeVar("N", int, float)

@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...

class Shape(Protocol):
    def area(self) -> float: ...

class Stack(Generic[T]):
    """A typed stack."""
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None
    def __len__(self) -> int:
        return len(self._items)
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Movie(TypedDict, total=False):
    title: str
    year: int

class Config(TypedDict):
    name: str
    debug: bool

@dataclass
class Inventory:
    items: Dict[str, int] = field(default_factory=dict)
    owner: Optional[str] = None
    limit: ClassVar[int] = 100
    version: Final = 1

    def add(self, name: str, qty: int = 1) -> "Inventory":
        self.items[name] = self.items.get(name, 0) + qty
        return self

def largest(xs: Iterable[K]) -> K:
    return max(xs)

def apply(fn: Callable[[int, int], int], a: int, b: int) -> int:
    return fn(a, b)

def scale(v: N, k: N) -> N:
    return v * k

Mode = Literal["r", "w"]

def open_mode(m: Mode = "r") -> Union[int, str]:
    return m

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

s: Stack[int] = Stack()
for i in range(3):
    s.push(i * 10)
print(len(s), list(s), s.pop(), s.peek(), Stack[str], Stack.__parameters__)
p = Point(3, 4)
print(p, p.dist(), p._fields, Point._field_defaults, Point.__annotations__, p._replace(y=1))
m: Movie = {"title": "Up"}
print(m, Movie.__total__, sorted(Movie.__annotations__), sorted(Config.__required_keys__), sorted(Movie.__optional_keys__))
inv = Inventory().add("apple", 3).add("pear")
print(inv, [f.name for f in fields(inv)], Inventory.limit)
print(largest([3, 9, 2]), apply(lambda a, b: a * b, 6, 7), scale(2.5, 2), open_mode(), double("ab"), double(4))
print(isinstance(3, Comparable), isinstance(object(), Comparable), cast(int, "not really"))
print(Stack.__annotations__ if hasattr(Stack, "__annotations__") else {}, Stack.push.__annotations__)
print(largest.__annotations__, apply.__annotations__)
print(get_type_hints(apply), get_type_hints(Point))
print(get_type_hints(Inventory))
print(get_origin(Dict[str, int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Union[int, str, None]))
print(get_args(Callable[[int, str], bool]), get_origin(Literal["a"]), get_args(Mode), get_origin(list[int]), get_args(tuple[int, ...]))
print(Optional[int], Union[int, str], List[Dict[str, Tuple[int, ...]]], Callable[..., Any], Literal[1, "x"], Final[int])
print(T, K.__bound__, N.__constraints__, T.__name__, repr(typing.AnyStr))
print(int | None, list[int | str], dict[str, list[int]], type[int], Optional[list[int]] == Union[list[int], None])
def annotated(a: int, b: "str" = "x", *args: float, c: bool = False, **kw: Any) -> None: pass
print(annotated.__annotations__)
x: int = 5
y: list[str]
print(__annotations__)
class WithAnn:
    a: int
    b: str = "b"
    def m(self) -> WithAnn: return self
print(WithAnn.__annotations__, get_type_hints(WithAnn.m), typing.get_type_hints(WithAnn))
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Config(name="x", debug=True, extra=1)
    print("TypedDict accepts extra at runtime")
except TypeError as e:
    print(e)
