# NamedTuple (class syntax and functional), TypedDict, NewType, cast, overload, final,
# get_type_hints, TYPE_CHECKING, Literal/Final/ClassVar annotations as programs use them.
import typing
from typing import (NamedTuple, TypedDict, NewType, cast, overload, final, get_type_hints, List,
                    Optional, Dict, ClassVar, Final, Literal, Annotated, TYPE_CHECKING, Any,
                    Generic, TypeVar, Required, NotRequired, get_overloads, assert_never,
                    assert_type, no_type_check, is_typeddict, Union, Callable, Tuple)

if TYPE_CHECKING:
    import nothing_here_at_all
print(TYPE_CHECKING)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def dist(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def flipped(self) -> 'Point':
        return Point(self.y, self.x, self.label)


p = Point(3, -4)
print(p, p.dist(), p.flipped, p._fields, p._field_defaults, Point.__annotations__, p._asdict())
print(p._replace(x=9), Point._make([1, 2, 'q']), isinstance(p, tuple), p == (3, -4, 'p'), Point.__mro__)
print(Point.__name__, Point.__qualname__, Point.__module__, len(p), p[1], hash(p) == hash((3, -4, 'p')))
x, y, _ = p
print(x, y, Point.__doc__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
Emp2 = NamedTuple('Emp2', name=str, id=int)
print(Emp('a', 1), Emp2(name='b', id=2), Emp.__annotations__, Emp._fields, Emp.__module__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(e)
try:
    class BadNT2(NamedTuple):
        _fields: int
except (AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(e)


class Point3(Point):
    def total(self):
        return sum(self[:2])


print(Point3(1, 2).total(), Point3(1, 2))

T = TypeVar('T')


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


class Strict(TypedDict):
    a: Required[int]
    b: NotRequired[str]


m = Movie(title='Blade', year=1982)
print(m, type(m), Movie.__required_keys__ == {'title', 'year'}, Movie2.__optional_keys__, Movie2.__required_keys__ == {'title', 'year'})
print(Movie2.__annotations__, Movie.__total__, Movie2.__total__, Strict.__required_keys__, Strict.__optional_keys__)
print(is_typeddict(Movie), is_typeddict(dict), Movie(m, year=2000), Movie.__name__, Movie.__module__)
Alt = TypedDict('Alt', {'k': int, 'v': List[str]})
Alt2 = TypedDict('Alt2', {'k': int}, total=False)
print(Alt(k=1, v=[]), Alt.__annotations__, Alt2.__optional_keys__, Alt.__module__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
try:
    class Mixed(Movie, int):
        pass
except TypeError as e:
    print(e)

UserId = NewType('UserId', int)
Name = NewType('Name', str)
u = UserId(42)
print(u, type(u), UserId, UserId.__supertype__, UserId.__name__, Name('x') + '!', UserId.__module__)
try:
    class SubId(UserId):
        pass
except TypeError as e:
    print(e)
print(cast(int, 'str'), cast('List[int]', [1]), cast(Optional[str], None), assert_type(3, int))
try:
    assert_never(5)
except AssertionError as e:
    print(e)


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return str(x) if isinstance(x, int) else int(x)


print(conv(3), conv('4'), len(get_overloads(conv)))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as e:
    print(e)


@final
class Leaf:
    @final
    def m(self):
        return 1


print(Leaf.__final__, Leaf.m.__final__, Leaf().m())


@no_type_check
def loose(a: 'not a type'):
    return a


print(loose(1))


class Config:
    name: str
    retries: int = 3
    tags: ClassVar[List[str]] = []
    MAX: Final = 10
    mode: Literal['r', 'w'] = 'r'
    extra: 'Optional[Dict[str, Any]]' = None
    ann: Annotated[int, 'units'] = 0


print(Config.__annotations__)
print(get_type_hints(Config))
print(get_type_hints(Config, include_extras=True)['ann'])


class Derived(Config):
    more: 'List[int]'


print(list(get_type_hints(Derived)))


def func(a: int, b: 'str', c: Optional[List[int]] = None, *args: Any, **kw: 'float') -> 'Dict[str, int]':
    return {}


print(get_type_hints(func))
print(get_type_hints(lambda: 0), get_type_hints(len) if False else {})


def fwd(n: 'Later') -> None:
    pass


class Later:
    pass


print(get_type_hints(fwd))
try:
    def broken(a: 'Missing'):
        pass
    get_type_hints(broken)
except NameError as e:
    print(e)

Vec = List[float]
Matrix = List[Vec]
Handler = Callable[[str, int], Optional[bool]]


def scale(v: Vec, k: float) -> Vec:
    return [k * e for e in v]


print(scale([1.0, 2.0], 2), Matrix, Handler, Tuple[Vec, ...])
print(typing.Any is Any, typing.get_origin(Dict[str, int]), typing.Union[int, str])

# Generic named tuples (3.11).
from typing import Generic
class Pair(NamedTuple, Generic[T]):
    first: T
    second: T
p = Pair(1, 2)
print(p, Pair[int], Pair.__mro__, Pair.__parameters__, Pair.__bases__, Pair[int](3, 4))
try:
    class Bad(NamedTuple, List[int]): pass
except TypeError as e: print(e)
