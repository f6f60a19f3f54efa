from typing import Optional, Union, List, Dict, Callable, TypeVar, Generic, Any, Iterable
T = TypeVar("T")
print(list[int], dict[str, list[int]], int | None, Optional[int], Union[int, str], List[int], Callable[[int], str], tuple[int, ...], type[int])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
def first(xs: Iterable[T]) -> Optional[T]:
    for x in xs:
        return x
    return None
s: Stack[int] = Stack()
s.push(1)
print(Stack[int], first([5]), first([]), first.__annotations__, isinstance(3, int | str), issubclass(bool, int | None))
def f(a: int, b: "str" = "x", *args: float, c: Dict[str, Any] = None, **kw: int) -> List[int]:
    return []
print(f.__annotations__)
print(list[int]([1, 2]), (int | str).__args__, list[int].__origin__, repr(Optional[List[int]]))
