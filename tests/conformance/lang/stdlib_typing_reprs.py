# typing's reprs, equality, hashing, __origin__/__args__/__parameters__, get_origin/get_args.
import typing
from typing import (Any, List, Dict, Set, FrozenSet, Tuple, Optional, Union, Callable, Type,
                    Iterable, Mapping, Sequence, MutableMapping, ClassVar, Final, Literal,
                    Annotated, TypeVar, Generic, Deque, DefaultDict, Counter, OrderedDict,
                    ChainMap, Awaitable, Coroutine, AsyncIterator, Generator, NoReturn, Never,
                    Self, LiteralString, TypeAlias, get_origin, get_args, ForwardRef,
                    AbstractSet, Hashable, Sized, ContextManager, Pattern, Match, Text, AnyStr)

T = TypeVar('T')
KT = TypeVar('KT')
print(List, Dict, Set, Tuple, Callable, Type, Optional, Union, Any, ClassVar, Final, Literal)
print(NoReturn, Never, Self, LiteralString, TypeAlias, Annotated)
print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[T], Tuple[int, ...], Tuple[()])
print(Tuple[int, str, float], Type[T], Callable[[], None], Callable[[int, str], bool], Callable[..., T])
print(Optional[int], Optional[List[str]], Union[int, str], Union[None, int], Union[int, str, None])
print(Union[int, Union[str, float]], Union[int, int], Optional[Optional[int]], Optional[None])
print(Literal[1, 'a', None, True], Literal[Literal[1, 2], 3], ClassVar[List[int]], Final[int])
print(Annotated[int, 'meta'], Annotated[List[int], 1, 2], Annotated[Annotated[int, 1], 2])
print(Iterable[T], Mapping[KT, T], Sequence['Foo'], MutableMapping[str, Any], Generator[int, None, str])
print(Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int], ChainMap[str, int])
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[bytes], AbstractSet[int], Hashable, Sized)
print(ContextManager[int], Pattern[str], Match[bytes], Text, AnyStr)
print(List[int].__origin__, List[int].__args__, List.__origin__, Dict[str, T].__parameters__)
print(Callable[[int], str].__args__, Callable[..., int].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
print(Union[int, str].__origin__, Union[int, str].__args__, Optional[int].__args__, Literal[1, 2].__args__)
print(Annotated[int, 'x'].__metadata__, Annotated[int, 'x'].__origin__, ClassVar[int].__origin__)
print(get_origin(List[int]), get_origin(List), get_origin(int), get_origin(Union[int, str]), get_origin(Literal[1]))
print(get_origin(Annotated[int, 1]), get_origin(Callable[[int], str]), get_origin(list[int]), get_origin(int | str))
print(get_origin(Generic), get_origin(Generic[T]), get_origin(ClassVar[int]), get_origin(Tuple[int]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Callable[[int, str], bool]), get_args(Callable[..., int]))
print(get_args(Union[int, str]), get_args(Optional[int]), get_args(Annotated[int, 1, 2]), get_args(int), get_args(List))
print(get_args(int | str), get_args(dict[str, int]), get_args(Tuple[()]), get_args(Literal['x']))
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], List == List, List == list)
print(Union[int, str] == Union[str, int], Union[int, str] == int | str, Optional[int] == Union[None, int])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Callable[[int], str] == Callable[[int], str])
print(hash(List[int]) == hash(List[int]), hash(Union[int, str]) == hash(Union[str, int]), len({List[int], List[int], Dict[int, int]}))
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2], Annotated[int, 1] == int)
print(List[T][int], Dict[KT, T][str, int], Dict[str, T][List[int]], Optional[T][str], Union[T, int][str])
print(Callable[[T], KT][int, str], Tuple[T, ...][int], Mapping[T, List[T]][str])
print(int | List[int], List[int] | None, Optional[int] | str, None | List[int], T | None, List | int)
print(ForwardRef('X'), ForwardRef('X') == ForwardRef('X'), Union['A', int], List['int'])
for bad in (lambda: List[int, str], lambda: Dict[int], lambda: Union[()], lambda: Callable[int, str],
            lambda: Callable[[int]], lambda: List[int][str], lambda: Optional[int, str], lambda: Dict[str, T][int, int],
            lambda: Literal[1](), lambda: Union(), lambda: Any(), lambda: NoReturn[int], lambda: ClassVar[int, str],
            lambda: Final[int, str], lambda: Annotated[int], lambda: Annotated(), lambda: List(), lambda: Dict(),
            lambda: Tuple(), lambda: Type(), lambda: Set(), lambda: isinstance(1, Union), lambda: isinstance(1, Any),
            lambda: isinstance([], List[int]), lambda: issubclass(list, List[int]), lambda: isinstance(1, Literal[1]),
            lambda: isinstance(1, Optional), lambda: issubclass(int, ClassVar)):
    try:
        print('ok', bad())
    except TypeError as e:
        print('TypeError', e)
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(len, Callable), issubclass(list, Sequence))
print(isinstance(1, Union[int, str]), isinstance(None, Optional[int]), issubclass(bool, Union[int, str]), isinstance(3.0, Union[int, str]))
print(isinstance({}, Mapping), isinstance([], Iterable), isinstance(int, Type), issubclass(dict, MutableMapping), issubclass(int, Hashable))
print(repr(List[int]), str(Dict[str, int]), f'{Optional[str]}')
print(List.__name__, Dict[str, int].__name__ if hasattr(Dict[str, int], '__name__') else '-', Optional.__name__ if hasattr(Optional, '__name__') else '-')
print(Deque[int]([1]), DefaultDict[str, int](int), Counter[str]('aab'))
print(Tuple[int, ...].__origin__, Type[int].__origin__, Callable.__origin__)
print(typing.Dict is Dict, Text is str, List[list[int]], list[List[int]], dict[str, Optional[int]])
