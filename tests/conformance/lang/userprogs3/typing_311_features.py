from typing import (Self, LiteralString, Never, NoReturn, assert_never, assert_type, reveal_type, Required,
                    NotRequired, TypedDict, TypeVarTuple, Unpack, ParamSpec, Concatenate, Callable, TypeAlias,
                    Annotated, get_type_hints, get_args, get_origin, Generic, TypeVar, dataclass_transform, Any,
                    final, Final, ClassVar, NewType, overload, get_overloads, no_type_check, TypeGuard)
import typing

class Builder:
    def __init__(self): self.parts = []
    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self
print(Builder().add("a").add("b").parts, Builder.add.__annotations__)

class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(Movie.__required_keys__, Movie.__optional_keys__, get_type_hints(Movie), get_type_hints(Movie, include_extras=True))

Ts = TypeVarTuple("Ts")
P = ParamSpec("P")
T = TypeVar("T")
print(Ts, P, P.args, P.kwargs, Unpack[Ts])
def logged(fn: Callable[P, T]) -> Callable[P, T]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> T:
        return fn(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int) -> int:
    return a + b
print(add(2, 3), Callable[Concatenate[int, P], T])
Vector: TypeAlias = list[float]
Meters = Annotated[float, "unit: m"]
print(Vector, Meters, get_args(Meters), get_origin(Meters), Meters.__metadata__)
def dist(a: Meters, b: Meters) -> Meters:
    return abs(a - b)
print(get_type_hints(dist), get_type_hints(dist, include_extras=True))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, type(UserId(5)))
def handle(x: int | str) -> str:
    match x:
        case int():
            return "int"
        case str():
            return "str"
        case _:
            assert_never(x)
print(handle(1), handle("s"))
try:
    assert_never("boom")
except AssertionError as e:
    print("AssertionError:", e)
print(assert_type(5, int))
r = reveal_type(3.5)
print(r)
@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x
print(len(get_overloads(conv)), conv(1))
@final
class Leaf: pass
print(Leaf.__final__ if hasattr(Leaf, "__final__") else "no attr")
def is_str_list(v: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in v)
print(is_str_list(["a"]), is_str_list.__annotations__["return"])
def stop() -> Never:
    raise SystemError("never returns")
print(stop.__annotations__, typing.get_type_hints(stop))
@dataclass_transform()
def model(cls): return cls
print(model.__dataclass_transform__)
print(LiteralString, Self, Never, NoReturn, typing.Any, ClassVar[int], Final[str])
