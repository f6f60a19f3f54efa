# typing as programs use it with postponed annotations: dataclasses with ClassVar and
# Optional fields, a generic ABC, a callable protocol, runtime protocols over built-ins,
# Callable aliases in decorators, get_type_hints on forward references, Generic instances.
from __future__ import annotations
import functools, dataclasses, typing, abc, enum
from typing import Union, Optional, List, Dict, Protocol, ClassVar, Generic, TypeVar, Callable, Iterator

@dataclasses.dataclass
class Cfg:
    name: str
    tags: List[str] = dataclasses.field(default_factory=list)
    count: ClassVar[int] = 0
    opt: Optional[int] = None
print(Cfg('a'), [f.name for f in dataclasses.fields(Cfg)], typing.get_type_hints(Cfg))

T = TypeVar('T')
class Repo(Generic[T], abc.ABC):
    @abc.abstractmethod
    def get(self, key: str) -> T: ...
class MemRepo(Repo[int]):
    def __init__(self): self.d = {'a': 1}
    def get(self, key): return self.d[key]
print(MemRepo().get('a'), MemRepo.__orig_bases__, Repo.__parameters__, isinstance(MemRepo(), Repo))
try: Repo()
except TypeError as e: print(e)

class Greeter(Protocol):
    def __call__(self, name: str) -> str: ...
def run(g: Greeter) -> str: return g('x')
print(run(lambda n: 'hi ' + n))

@typing.runtime_checkable
class SizedIter(Protocol):
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[int]: ...
print(isinstance([1], SizedIter), isinstance(iter([]), SizedIter), issubclass(dict, SizedIter))

class Color(enum.Enum):
    RED = 1
print(typing.Literal[Color.RED], typing.get_args(typing.Literal[Color.RED, 'x']))
Handler = Callable[[str], None]
registry: Dict[str, Handler] = {}
def on(name: str) -> Callable[[Handler], Handler]:
    def deco(f: Handler) -> Handler:
        registry[name] = f
        return f
    return deco
@on('a')
def ha(s: str) -> None: print('handled', s)
registry['a']('z')
print(typing.get_type_hints(on), typing.get_type_hints(ha))
class Node:
    def __init__(self, val: int, nxt: Node | None = None): self.val, self.nxt = val, nxt
print(typing.get_type_hints(Node.__init__))
print(Union[int, 'Node'], Optional['Node'])
class Stack(typing.Generic[T]):
    def __init__(self) -> None: self._items: list[T] = []
    def push(self, x: T) -> Stack[T]:
        self._items.append(x); return self
    def __len__(self) -> int: return len(self._items)
s = Stack[int]().push(1).push(2)
print(len(s), type(s).__name__, s.__orig_class__)
print(isinstance(s, typing.Sized), isinstance(s, typing.Iterable), issubclass(Stack, typing.Sized))
