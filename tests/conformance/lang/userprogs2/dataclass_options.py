from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, is_dataclass, make_dataclass, asdict
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
@dataclass(kw_only=True)
class K:
    a: int
    b: str = "b"
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
@dataclass
class WithInit:
    base: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = self.base * scale
@dataclass(frozen=True)
class Base:
    id: int
@dataclass(frozen=True)
class Child(Base):
    name: str = "c"
p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"), P.__match_args__, K(a=1), M(1, c=5), WithInit(3), WithInit(3, 5), Child(1), Child(2, "x") == Child(2, "x"), hash(Child(1)) == hash(Child(1)))
try:
    K(1)
except TypeError as e:
    print(e)
match Child(5, "q"):
    case Child(id=5, name=n):
        print("matched", n)
print(is_dataclass(p), is_dataclass(P), [f.name for f in fields(M)], [f.kw_only for f in fields(M)])
D = make_dataclass("D", [("u", int), ("v", str, field(default="v"))])
print(D(1), asdict(D(2, "w")))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(order=True, unsafe_hash=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(0, 9), V(1, 0)]), hash(V(1)) == hash((1, 0)), V(1) < V(1, 1), V(2) >= V(1, 9))
try:
    V(1) < 5
except TypeError as e:
    print(e)
