import collections.abc as cabc, typing
print(list[int], dict[str, list[int]], type[int], tuple[()], tuple[int, ...], cabc.Callable[[int], str], int | list[str], list[int] | None)
print(list[int] == list[int], list[int]([1, 2]), isinstance([1], list), list[int].__parameters__, dict[str, int].__args__)
try:
    isinstance([1], list[int])
except TypeError as e:
    print("TypeError:", e)
T = typing.TypeVar("T")
print(list[T][int], dict[str, T][float], typing.List[int], typing.Dict[str, typing.Optional[int]], typing.Union[int, str], typing.Callable[..., int])
class MyList(list):
    pass
print(MyList[int], MyList[int]([3]), type(MyList[int]([3])).__name__)
class G(typing.Generic[T]):
    pass
print(G[int], G[int]().__class__.__name__, G.__parameters__, typing.get_args(dict[str, int]), typing.get_origin(list[int]))
