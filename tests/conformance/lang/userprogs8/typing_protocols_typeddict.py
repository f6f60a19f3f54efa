from __future__ import annotations
from typing import (Protocol, TypedDict, Generic, TypeVar, overload, get_type_hints, runtime_checkable, Literal, Annotated,
                    Union, Optional, Callable, Iterator, Any, ClassVar, Final, cast, NamedTuple, get_origin, get_args, NewType, Sequence)
import typing

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")
N = TypeVar("N", int, float)

@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...

class Movie(TypedDict, total=False):
    title: str
    year: int

class Point(TypedDict):
    x: int
    y: int

class Stack(Generic[T]):
    items: list[T]
    limit: ClassVar[int] = 10
    def __init__(self) -> None:
        self.items = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

UserId = NewType("UserId", int)
Mode = Literal["r", "w"]

def open_it(path: str, mode: Mode = "r", *, tries: Annotated[int, "retries"] = 3) -> Optional[str]:
    return f"{path}:{mode}:{tries}"

s = Stack[int]()
s.push(1); s.push(2)
print(list(s), s.pop(), Stack[int], Stack[str].__origin__ is Stack, type(s).__name__, Stack.__parameters__)
print(double(4), double("ab"), UserId(5), UserId.__name__, type(UserId(5)))
m: Movie = {"title": "Up"}
p = Point(x=1, y=2)
print(m, p, type(p), Movie.__required_keys__, Movie.__optional_keys__, Point.__total__, sorted(Point.__annotations__))
print(get_type_hints(open_it))
print(get_type_hints(Stack))
print(open_it.__annotations__)
print(get_type_hints(open_it, include_extras=True)["tries"])
print(isinstance(3, Comparable), isinstance(object(), Comparable))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Literal["a", 1]))
print(Union[int, str], Optional[list[int]], Callable[[int, str], bool], Callable[..., Any], int | None, list[int | str])
print(Sequence[int], typing.List[int], typing.Dict[str, int], typing.Tuple[int, ...], typing.Set, type[int], typing.Type[int])
print(cast(int, "x"), T, K.__bound__, N.__constraints__, repr(T), Final[int], ClassVar[int], Annotated[int, "m"])
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, None]], Literal["r", "w"] == Mode)
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt.__annotations__, get_type_hints(Pt))
def apply(f: Callable[[T], T], x: T) -> T:
    return f(x)
print(apply(lambda v: v + 1, 1), apply.__annotations__)
try:
    isinstance(3, Point)
except TypeError as e:
    print("TypeError:", e)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class NotProto(Protocol):
        def m(self): ...
    isinstance(1, NotProto)
except TypeError as e:
    print("TypeError:", e)
try:
    Comparable()
except TypeError as e:
    print("TypeError:", e)
print(typing.TYPE_CHECKING, typing.get_type_hints(Movie))
