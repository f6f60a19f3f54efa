from collections.abc import Callable
import typing
T = typing.TypeVar('T')
a = Callable[[int, str], None]
print(a, a.__args__, a.__origin__)
print(Callable[[], None], Callable[..., int])
b = Callable[[T], T]
print(b, b.__parameters__)
try:
    Callable[int]
except TypeError as e: print(e)
try:
    Callable[int, str]
except TypeError as e: print(e)
print(typing.Callable[[int], str])
b = Callable[[T], T]
print(b[int], b[int].__args__)
print(Callable[[T, int], list[T]][str])
