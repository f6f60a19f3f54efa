import sys
import gc
import weakref
from dataclasses import dataclass, field
from collections import namedtuple
from typing import NamedTuple
import enum
sz = sys.getsizeof

@dataclass
class DC:
    x: int
    y: int

@dataclass(slots=True)
class DCS:
    x: int
    y: int

@dataclass(frozen=True)
class DCF:
    x: int
    y: int

@dataclass
class DCL:
    items: list = field(default_factory=list)

NT = namedtuple("NT", "x y")
class TNT(NamedTuple):
    x: int
    y: int

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

rows = [
    ("dict", {"x": 1, "y": 2}),
    ("tuple", (1, 2)),
    ("namedtuple", NT(1, 2)),
    ("typing.NamedTuple", TNT(1, 2)),
    ("dataclass", DC(1, 2)),
    ("dataclass(slots)", DCS(1, 2)),
    ("dataclass(frozen)", DCF(1, 2)),
    ("plain class", Plain(1, 2)),
    ("__slots__ class", Slots(1, 2)),
]
print(f"{'kind':<20}{'getsizeof':>10}{'+__dict__':>10}{'tracked':>8}")
for name, obj in rows:
    d = getattr(obj, "__dict__", None)
    extra = sz(d) if isinstance(d, dict) else 0
    print(f"{name:<20}{sz(obj):>10}{sz(obj) + extra:>10}{gc.is_tracked(obj)!s:>8}")

print("weakrefable:")
for name, obj in rows:
    try:
        weakref.ref(obj)
        print(f"  {name}: yes")
    except TypeError as e:
        print(f"  {name}: {e}")

print("dataclass default_factory sizes", sz(DCL()), sz(DCL().items))
print("dataclass eq/refs", DC(1, 2) == DC(1, 2), sys.getrefcount(DC) > 1)
print("hasattr __slots__", hasattr(DCS, "__slots__"), DCS.__slots__)

class Color(enum.Enum):
    RED = 1
    GREEN = 2
print("enum member size", sz(Color.RED), "identity", Color(1) is Color.RED, Color["RED"] is Color.RED)
print("enum member tracked", gc.is_tracked(Color.RED))
class Flags(enum.IntFlag):
    A = 1
    B = 2
print("intflag size", sz(Flags.A), sz(Flags.A | Flags.B), (Flags.A | Flags.B) is (Flags.A | Flags.B))

many = [DC(i, i) for i in range(100)]
print("100 dataclasses total", sum(sz(o) + sz(o.__dict__) for o in many))
many = [DCS(i, i) for i in range(100)]
print("100 slot dataclasses total", sum(sz(o) for o in many))
many = [NT(i, i) for i in range(100)]
print("100 namedtuples total", sum(sz(o) for o in many))
