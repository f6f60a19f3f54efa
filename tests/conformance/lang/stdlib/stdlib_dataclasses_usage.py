# dataclasses: __post_init__ validation, ordering across inheritance, factories, frozen slots with copy.
from dataclasses import dataclass, field, asdict, replace, fields, InitVar
import dataclasses
from collections import defaultdict, OrderedDict
from typing import Any

@dataclass
class A:
    x: int = 0
    def __post_init__(self):
        if self.x < 0:
            raise ValueError('negative')
try:
    A(-1)
except ValueError as e:
    print(e)

@dataclass(order=True)
class B(A):
    y: int = 1
print(B(1, 2) > B(1, 1), A(1) == B(1), B.__match_args__, B.__lt__.__qualname__)
print(asdict(B(3)), asdict(A(2), dict_factory=OrderedDict))
@dataclass
class WithDefault:
    d: dict = field(default_factory=lambda: {'a': 1})
    od: OrderedDict = field(default_factory=OrderedDict)
w1, w2 = WithDefault(), WithDefault()
print(w1.d is w2.d, w1)
@dataclass
class T:
    a: Any
    b: 'list[int]' = field(default_factory=list, repr=False, compare=False)
print(T(1), T(1) == T(1, [2]), T.__doc__, fields(T)[1].repr)
print(replace(T(1, [1]), a=2))
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: int = 2
fs = FS(1)
try:
    fs.a = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(fs, hash(fs) == hash((1, 2)), FS.__slots__, fs.__getstate__())
import copy
print(copy.copy(fs), copy.deepcopy(fs) == fs)

