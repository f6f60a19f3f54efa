from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, make_dataclass, InitVar
from typing import List, ClassVar, Optional

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(5))
try: Point()
except TypeError as e: print(e)
print(fields(Point)[0].name, [f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9))
print(Point.__init__.__qualname__, Point.__eq__.__qualname__, Point.__hash__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: 'a'}[Version(1, 2)])
try: v1.major = 3
except FrozenInstanceError as e: print('FrozenInstanceError', e)
try: del v1.minor
except FrozenInstanceError as e: print('FrozenInstanceError', e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 100
    def add(self, it): self.items.append(it); self.count += 1
a, b = Inventory(), Inventory()
a.add('x'); print(a, b, Inventory.total, [f.name for f in fields(Inventory)])

try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: Optional['Node'] = field(default=None, repr=False, compare=False)
root = Node('root'); c = Node('c', parent=root); root.children.append(c)
print(root, asdict(Node('a', [Node('b')])))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.b = self.a * scale
print(WithPost(3), WithPost(3, 10))

@dataclass
class Base:
    x: int
    def total(self): return self.x
@dataclass
class Derived(Base):
    y: int = 5
    def total(self): return self.x + self.y
print(Derived(1), Derived(1, 2).total(), is_dataclass(Derived), is_dataclass(Derived(1)), is_dataclass(3))

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
print(Point.__hash__ is None, Version.__match_args__)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))
C = make_dataclass('C', [('a', int), ('b', int, field(default=3))])
print(C(1), C(1, 2) == C(1, 2))
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r; print(r)
@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=1)
print(KW(1, b=2))
try: KW(1, 2)
except TypeError as e: print(e)
print(repr(fields(Point)[1].default), Point.__dataclass_params__)
