# Less common typing forms: ParamSpec and Concatenate substitution, TypeVarTuple, the
# subscription cache (List[int] is List[int]), copy/reduce, ForwardRef, get_type_hints with
# include_extras, __name__/__module__/__doc__ of aliases, subclassing errors, generic protocols.
import typing, gc, copy
from typing import *
P = ParamSpec('P'); T = TypeVar('T'); Ts = TypeVarTuple('Ts')
print(Concatenate[int, P], Callable[Concatenate[int, P], T], Callable[Concatenate[int, P], T][[str], bool])
class Z(Generic[P]): pass
print(Z[int, str], Z[[int, str]], Z[...], Z[P].__parameters__)
print(Ts, Unpack[Ts], list(Ts), Tuple[int, Unpack[Ts]] if False else '')
print(List[int] is List[int], Union[int, str] is Union[int, str], Literal[1] is Literal[1], Literal[1] is Literal[True])
print(copy.copy(T) is T, copy.deepcopy(List[int]) == List[int])
def f():
    class B(Generic[T]): pass
    B[int]
f()
print(ForwardRef('int') == ForwardRef('int'), hash(ForwardRef('x')) == hash(ForwardRef('x')), repr(ForwardRef('x', module='m')))
try: ForwardRef('1 +')
except SyntaxError as e: print(e)
try: ForwardRef(1)
except TypeError as e: print(e)
print(get_type_hints(typing.NamedTuple('X', [('a', 'int')])))
class C:
    x: 'List[int]'
    y: Annotated[Optional['int'], 'u']
print(get_type_hints(C), get_type_hints(C, include_extras=True))
print(Optional[int].__name__, Union[int, str].__name__, Annotated[int, 1].__name__, Callable[[int], str].__name__)
print(List[int].__module__, Dict.__module__, Union[int, str].__module__)
print(List.__doc__, Iterable.__doc__)
print(dir(List[int])[:3] if False else '', List[int].__parameters__, List[T].__parameters__)
print(isinstance(Any, type), issubclass(int, Any) if False else '', type(Any))
class MyAny(Any): pass
print(type(MyAny()).__name__, repr(MyAny))
try:
    class X(TypeVar): pass
except TypeError as e: print(e)
try:
    class Y(Union): pass
except TypeError as e: print(e)
try:
    class Y(Optional[int]): pass
except TypeError as e: print(e)
print(SupportsAbs[int], SupportsRound[float], typing.Reversible[int])
print(typing.IO[str], typing.TextIO.__mro__[1:], typing.BinaryIO)
print(reveal_type(3))
class WithAnn(NamedTuple):
    a: int
    b: List[int] = []
print(WithAnn(1), WithAnn.__annotations__, WithAnn._field_defaults)
print(typing.get_args(Tuple[int, ...]), get_args(Literal[1, 2]), get_origin(P.args), get_args(Annotated[int, 'x']))
print(no_type_check_decorator(lambda f: f)(lambda x: x).__no_type_check__)
@dataclass_transform()
def deco(cls): return cls
print(deco.__dataclass_transform__)
print(Optional[int] == Optional[int], Optional[int] != int, Union[int, str] == Union[str, int, str])
print(List[int] != List[str], {List[int]: 1}[List[int]], Type[int], Type['C'])
print(typing.Callable[[], int].__args__, Callable[[List[T]], T][int])
print(typing.Protocol, typing.Generic, typing.NamedTuple.__name__, typing.TypedDict.__name__)
