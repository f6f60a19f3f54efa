# Generic[T] subclasses, TypeVar, Protocol and runtime_checkable the way programs use them.
from typing import (Generic, TypeVar, Protocol, runtime_checkable, List, Dict, Iterator, Iterable,
                    Optional, Sized, SupportsInt, SupportsFloat, SupportsAbs, SupportsIndex, SupportsRound,
                    ParamSpec, Callable, Any)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Node')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, T.__bound__, T.__constraints__)
print(Co.__covariant__, Co.__contravariant__, Contra.__contravariant__, T.__module__, repr(T), str(K))
for bad in (lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
            lambda: TypeVar('X', covariant=True, contravariant=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f'Box({self.item!r})'


b = Box(3)
bi = Box[int](4)
print(b, b.get(), bi, bi.__orig_class__, Box[str], Box[List[int]], Box.__parameters__, Box[int].__parameters__)
print(Box.__mro__, Box.__orig_bases__, Box.__bases__, isinstance(b, Box), isinstance(b, Generic))
print(Box[int] == Box[int], Box[int] == Box[str], Box[T], Box[K].__parameters__, Box[Dict[K, V]].__parameters__)
print(Box[int].__origin__, Box[int].__args__, type(Box))


class Pair(Generic[K, V]):
    pass


class IntPair(Pair[int, V]):
    pass


class Concrete(IntPair[str]):
    pass


print(IntPair.__parameters__, IntPair.__orig_bases__, Concrete.__parameters__, Concrete.__mro__)
print(Pair[str, int], IntPair[bytes], Pair[K, List[V]][int, str])


class Multi(Dict[K, V], Generic[K, V]):
    pass


m = Multi(a=1)
print(Multi.__mro__, m, Multi.__parameters__, Multi[str, int])


class ListOf(List[T]):
    def first(self) -> T:
        return self[0]


print(ListOf([5, 6]).first(), ListOf.__mro__, ListOf.__parameters__, ListOf[int])


class Linked(Iterable[T]):
    def __init__(self, *xs):
        self.xs = xs

    def __iter__(self) -> Iterator[T]:
        return iter(self.xs)


print(list(Linked(1, 2)), Linked.__mro__[:2], isinstance(Linked(), Iterable))

for bad in ('Generic[int]', 'Generic[T, T]', 'Generic[()]', 'Box[int, str]', 'Box[int][str]',
            'Generic()', 'Pair[int]'):
    try:
        eval(bad)
        print('ok', bad)
    except TypeError as e:
        print(bad, '->', e)
try:
    class G2(Generic):
        pass
except TypeError as e:
    print(e)
try:
    class G3(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(e)
try:
    class G4(Pair[K, V], Generic[K]):
        pass
except TypeError as e:
    print(e)
try:
    isinstance(b, Box[int])
except TypeError as e:
    print(e)


class Node(Generic[T]):
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


print(Node(1).value, Node[int](2).value, hasattr(Node(1), '__dict__'))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class HasName(Protocol):
    name: str


class Proto2(Protocol[T]):
    def get(self) -> T:
        ...


class File:
    def close(self):
        return 'closed'


class Named:
    def __init__(self):
        self.name = 'n'


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer), isinstance(Named(), HasName))
print(isinstance(object(), HasName), Proto2[int], Proto2.__parameters__, Closer.__mro__)
try:
    issubclass(Named, HasName)
except TypeError as e:
    print(e)
try:
    isinstance(File(), Proto2)
except TypeError as e:
    print(e)
try:
    Closer()
except TypeError as e:
    print(e)


class RealCloser(Closer):
    def __init__(self, x):
        self.x = x


rc = RealCloser(5)
print(rc.x, rc.close(), isinstance(rc, Closer))


class Explicit(Closer, Protocol):
    def extra(self):
        ...


try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as e:
    print(e)


class Num:
    def __int__(self):
        return 7

    def __abs__(self):
        return 1


print(isinstance(Num(), SupportsInt), isinstance(Num(), SupportsFloat), isinstance(3, SupportsIndex),
      isinstance(2.5, SupportsRound), isinstance(Num(), SupportsAbs), isinstance('x', SupportsInt))
print(issubclass(int, SupportsInt), issubclass(str, SupportsFloat), isinstance([], Sized))

P = ParamSpec('P')
print(P, P.args, P.kwargs, P.__name__, Callable[P, int], Callable[P, int].__parameters__)


def deco(f: Callable[P, T]) -> Callable[P, T]:
    return f


@deco
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2))


class Tree(Generic[T]):
    def __init__(self, v: T, kids: 'Optional[List[Tree[T]]]' = None):
        self.v = v
        self.kids = kids or []

    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()


print(list(Tree(1, [Tree(2), Tree(3, [Tree(4)])]).walk()))
