# PEP 585 generics of built-in and collections classes with typing's type variables:
# reprs, substitution, unions with typing forms, subclassing a subscripted ABC.
import collections.abc as cabc, collections, typing
T = typing.TypeVar('T')
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Callable[[int], str], cabc.Callable[..., int])
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list[int]])
print(cabc.Iterable[T][int], typing.get_args(cabc.Callable[[int], str]), typing.get_origin(cabc.Sequence[int]))
print(type[int], type[T][int], list[tuple[int, ...]], dict[str, int] == dict[str, int])
print(isinstance(list[int], type), list[int].__origin__ is list, list[int]().__class__)
print(typing.List[list[int]] == typing.List[list[int]], int | list[int], (int | list[T])[str])
print(typing.Union[list[int], None], typing.Optional[dict[str, int]])
class C(list[int]): pass
class D(cabc.Mapping[str, int]):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter('a')
    def __len__(self): return 1
print(C.__orig_bases__, D.__orig_bases__, dict(D()), D.__mro__[:2])
