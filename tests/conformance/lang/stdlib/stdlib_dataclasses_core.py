# dataclasses: generated __init__/__repr__/__eq__, field options, order, frozen, hashing, __post_init__.
from dataclasses import dataclass, field, FrozenInstanceError, InitVar
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, repr(p), p == Point(1, 0), p != Point(1, 2), p == (1, 0))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__hash__, Point.__match_args__, Point.__doc__)
print(Point(y=5, x=3))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)


@dataclass()
class Inventory:
    name: str
    tags: List[str] = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)
    computed: int = field(init=False, default=7)
    total: float = field(init=False)

    def __post_init__(self):
        self.total = self.count * 2.5


a = Inventory('a')
b = Inventory('a', secret='other')
a.tags.append('x')
print(a, a.total, a == b, b.tags, a.computed)
print(Inventory('q', ['t'], 3))
try:
    Inventory('a', [], 1, 's', 5)
except TypeError as e:
    print('TypeError', e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(2, 1), Version(1, 9, 'z'), Version(2, 0), Version(1, 9, 'a')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 99), Version(1, 1) <= Version(1, 1, 'x'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


f = Frozen(1, (2,))
print(f, hash(f) == hash(Frozen(1, (2,))), {f, Frozen(1, (2,))})
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            f.a = 5
        elif action == 'del':
            del f.b
        else:
            f.c = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(3)) == hash(Hashy(3, [1])), Hashy(3) == Hashy(3, [1]))


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n, NoEq.__hash__ is object.__hash__)


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError', e)


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    registry: ClassVar[dict] = {}

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithInitVar(3)
print(w, WithInitVar(3, 10), WithInitVar.registry, 'scale' in w.__dict__)
print(InitVar[int], InitVar[List[int]])


@dataclass
class Explicit:
    a: int

    def __repr__(self):
        return 'custom'

    def __eq__(self, other):
        return True


print(Explicit(1), Explicit(1) == 5, Explicit.__hash__)

for bad in ('mutable', 'order', 'nondefault', 'noann', 'both'):
    try:
        if bad == 'mutable':
            @dataclass
            class M:
                items: list = []
        elif bad == 'order':
            @dataclass(order=True, eq=False)
            class O:
                a: int
        elif bad == 'nondefault':
            @dataclass
            class N:
                a: int = 1
                b: int
        elif bad == 'noann':
            @dataclass
            class A:
                a: int
                b = field(default=1)
        else:
            field(default=1, default_factory=list)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    @dataclass
    class S:
        s: set = {1}
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass(order=True)
    class Ord:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)


@dataclass
class Rec:
    name: str
    child: object = None


r = Rec('r')
r.child = r
print(r)
print(Rec('x', [Rec('y')]))


@dataclass
class SelfField:
    self: int
    other: int = 2


print(SelfField(1), SelfField(self=4))
