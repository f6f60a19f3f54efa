from typing import (Protocol, TypedDict, NamedTuple, Generic, TypeVar, overload, get_type_hints,
                    Optional, Union, List, Dict, Callable, Any, Literal, Final, runtime_checkable,
                    ClassVar, Iterator, Sequence, Mapping, Tuple, cast, get_origin, get_args, NewType)
import typing

T = TypeVar("T")
K = TypeVar("K", str, int)
N = TypeVar("N", bound=float)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s, s.pop(), Stack[int], Stack[str]().__class__.__name__, Stack.__parameters__)
print(T, K.__constraints__, N.__bound__, repr(T))

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...

class Square:
    def draw(self):
        return "[]"
class Blob:
    pass
print(isinstance(Square(), Drawable), isinstance(Blob(), Drawable))

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Heat"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
class Point3(NamedTuple):
    x: float
    y: float
    z: float = 0.0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
p = Point3(3, 4)
print(p, p.norm(), p._asdict(), p._replace(z=12).norm(), Point3._fields, Point3._field_defaults)
print(Point3.__annotations__)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name.upper() if loud else name] * times
print(get_type_hints(greet))
print(greet.__annotations__)
class Holder:
    count: ClassVar[int] = 0
    value: "Optional[int]"
print(get_type_hints(Holder))
print(Optional[int], Union[int, str], Union[int, None], List[Dict[str, int]], Callable[[int, str], bool], Callable[..., Any])
print(Literal["a", "b"], Final[int], Tuple[int, ...], Tuple[()], Dict, typing.List)
print(int | str, list[int], dict[str, list[int]], tuple[int, ...], type(int | None))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int | str))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, "not really"), cast("List[int]", [1]))
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([3, 4]), first("xy"))
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int])
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
print(typing.TYPE_CHECKING, typing.Iterable[int], Iterator, Mapping[str, Any])
class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else None)
try:
    Pair[float, int]
except TypeError as e:
    print("TypeError:", e)
