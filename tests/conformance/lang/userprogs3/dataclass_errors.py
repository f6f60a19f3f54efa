from dataclasses import dataclass, field, fields, FrozenInstanceError, make_dataclass
tests = []
try:
    @dataclass
    class A:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class B:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    class C:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
@dataclass
class D:
    lo: int
    hi: int
    def __post_init__(self):
        if self.lo > self.hi:
            raise ValueError(f"lo ({self.lo}) > hi ({self.hi})")
try:
    D(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    D(1)
except TypeError as e:
    print("TypeError:", e)
try:
    D(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    D(1, hi=2, lo=3)
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del F(1).a
except FrozenInstanceError as e:
    print(e)
P = make_dataclass("P", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(P(3, -4), P(3, -4).norm(), [f.name for f in fields(P)])
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
print(K(a=1), D.__match_args__, K.__match_args__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash(H(1)), H(1) in {H(1)})
@dataclass
class Rec:
    name: str
    child: "Rec | None" = None
r = Rec("a"); r.child = r
print(r)
