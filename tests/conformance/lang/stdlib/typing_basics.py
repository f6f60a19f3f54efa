import typing
from typing import (Any, List, Dict, Set, FrozenSet, Tuple, Optional, Union, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, TypeVar, Generic, NamedTuple, Protocol,
                    cast, TYPE_CHECKING, overload, ClassVar, Final, Literal, runtime_checkable,
                    get_origin, get_args, NewType, TypedDict, Type, Deque, DefaultDict, Counter)
print(List[int], Dict[str, int], Set[float], FrozenSet[str], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, Union[str, int]])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, List[int]], ClassVar[int], Final[str], Literal['a', 1], Type[int])
print(Any, List, Dict, Optional, Union, Callable, typing.Tuple, Deque[int], DefaultDict[str, int], Counter[str])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int] == list[int], int | None, int | str | None)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]))
print(TYPE_CHECKING, cast(int, 'x'), cast('List[int]', 3))
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', int, str)
print(T, K, V, TypeVar('T_co', covariant=True), K.__bound__, V.__constraints__, T.__name__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__, Stack[str]().items)
print(Stack.__mro__, s.__orig_class__ if hasattr(s, '__orig_class__') else None)
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
print(Pair[int, str], Pair(1, 'a').v)
try: Pair[int]
except TypeError as e: print(e)
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int: return self.x + self.y
p = Pt(3); print(p, p.norm(), p._fields, Pt._field_defaults, Pt.__annotations__, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)]); print(Emp('a', 1))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G: pass
print(isinstance(F(), Closable), isinstance(G(), Closable))
class Shape(Protocol):
    def area(self) -> float: ...
try: isinstance(F(), Shape)
except TypeError as e: print(e)
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area())
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3), f('a'))
UserId = NewType('UserId', int); print(UserId(5), UserId)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m), Movie.__required_keys__ == {'name', 'year'})
def g(a: int, b: Optional[str] = None) -> Dict[str, Any]: return {}
print(g(1))
x: List[int] = [1, 2]
print(__annotations__)
class WithAnn:
    a: int
    b: 'str' = 'x'
    c: ClassVar[int] = 3
print(WithAnn.__annotations__, typing.get_type_hints(WithAnn))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), issubclass(list, Sequence))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: isinstance(1, list[int])
except TypeError as e: print(e)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance('s', Optional[int]))
print(List[T][int], Dict[str, T][float], Optional[List[int]])
