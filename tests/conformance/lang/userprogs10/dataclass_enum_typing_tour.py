from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields, FrozenInstanceError
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from typing import get_type_hints, NamedTuple, TypedDict, Optional, Union, List, Dict, Protocol, runtime_checkable
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False, repr=False)
print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]), Version(1) == Version(1, label='x'))
@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: float = 0.0
    history: list = field(default_factory=list)
    secret: InitVar[str] = 'pw'
    def __post_init__(self, secret):
        self.hash = hash(secret) % 7 if False else len(secret)
a = Account('ann', balance=5.0, secret='hunter2')
print(a, a.hash, asdict(a), astuple(a), [f.name for f in fields(a)])
b = replace(a, balance=9.5, secret='x'); print(b, b.hash)
try:
    Account('x', 5)
except TypeError as e:
    print(e)
@dataclass(frozen=True, slots=True)
class Pt:
    x: int
    y: int
p = Pt(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Pt(1, 2)), p.__slots__, {p, Pt(1, 2)})
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Color(1), Color.CRIMSON is Color.RED, list(Color), Color('green'), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print(e)
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, list(rw), ~Perm.X, Perm(0), repr(rw), rw.value, bool(Perm(0)))
class Lvl(IntEnum):
    LOW = auto(); HIGH = auto()
print(Lvl.HIGH > Lvl.LOW, Lvl.LOW + 1, f'{Lvl.HIGH}', str(Lvl.HIGH), repr(Lvl.HIGH), sorted([Lvl.HIGH, 0]))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Pair(NamedTuple):
    a: int
    b: str = 'z'
print(Pair(1), Pair(1)._replace(b='q'), Pair._fields, Pair._field_defaults, Pair(2, 'y')._asdict())
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, Movie.__required_keys__, Movie.__optional_keys__)
def f(x: int, y: Optional[str] = None) -> List[Dict[str, int]]: ...
print(get_type_hints(f))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), Union[int, str], Optional[int], int | None)
