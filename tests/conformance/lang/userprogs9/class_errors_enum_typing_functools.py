import abc, enum, typing, dataclasses, functools, collections
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(f"!! {type(e).__name__}: {e}")
class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
t(Base)
class Half(Base):
    def area(self): return 1
t(Half)
def mc():
    class M1(type): pass
    class M2(type): pass
    class A(metaclass=M1): pass
    class B(metaclass=M2): pass
    class C(A, B): pass
t(mc)
def mro():
    class A: pass
    class B(A): pass
    class C(A, B): pass
t(mro)
def dup():
    class A: pass
    class B(A, A): pass
t(dup)
def isub():
    class A:
        def __init_subclass__(cls, **kw): pass
    class B(A, flavor=1): pass
    class C: pass
    class D(C, flavor=1): pass
t(isub)
def dc():
    @dataclasses.dataclass
    class P:
        x: int = 0
        y: int
t(dc)
def dc2():
    @dataclasses.dataclass
    class P:
        x: list = []
t(dc2)
def dc3():
    @dataclasses.dataclass(frozen=True)
    class A:
        x: int
    @dataclasses.dataclass
    class B(A):
        y: int
t(dc3)
t(lambda: dataclasses.asdict(5))
t(lambda: dataclasses.replace(5))
@dataclasses.dataclass
class Pt:
    x: int
    y: int = 0
t(lambda: Pt())
t(lambda: Pt(1, 2, 3))
t(lambda: Pt(1, z=2))
t(lambda: dataclasses.replace(Pt(1), z=3))
t(lambda: Pt(1) < Pt(2))
t(lambda: dataclasses.fields(Pt)[0].name)
class Color(enum.Enum):
    RED = 1
t(lambda: Color(2))
t(lambda: Color["BLUE"])
def en():
    Color.RED = 5
t(en)
def en2():
    class E(enum.Enum):
        A = 1
        A = 2
t(en2)
def en3():
    class E(Color): B = 2
t(en3)
t(lambda: enum.Enum("Dyn", "a b c").b)
t(lambda: list(enum.IntFlag("P", "R W X")))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: (Perm.R | Perm.W, Perm(7), Perm(8), Perm.R | 8, str(Perm.R | Perm.X), format(Perm.W, "d"), Perm(0)))
class Status(enum.StrEnum):
    OK = enum.auto()
    FAIL = "failed"
t(lambda: (Status.OK, str(Status.FAIL), f"{Status.OK}", Status("failed"), Status.OK.upper()))
t(lambda: (enum.verify, enum.member, enum.nonmember, enum.global_enum) and 1)
class Sh(enum.Enum):
    SQ = "square"
    def describe(self): return f"{self.name.lower()}:{self.value}"
    @property
    def sides(self): return 4
t(lambda: (Sh.SQ.describe(), Sh.SQ.sides, Sh("square"), Sh.SQ in Sh, "square" in Sh.__members__, len(Sh)))
NT = typing.NamedTuple("NT", [("a", int), ("b", str)])
class Emp(typing.NamedTuple):
    name: str
    dept: str = "eng"
    def label(self): return f"{self.name}@{self.dept}"
t(lambda: (Emp("ann"), Emp("bob", "ops").label(), Emp._fields, Emp._field_defaults, NT(1, "x"), Emp.__annotations__))
t(lambda: Emp())
class TD(typing.TypedDict, total=False):
    a: int
    b: str
t(lambda: (TD(a=1), TD.__required_keys__, sorted(TD.__optional_keys__), TD.__total__))
@typing.runtime_checkable
class Closer(typing.Protocol):
    def close(self) -> None: ...
class Fh:
    def close(self): pass
t(lambda: (isinstance(Fh(), Closer), isinstance(1, Closer)))
class NotRC(typing.Protocol):
    def x(self): ...
t(lambda: isinstance(1, NotRC))
T = typing.TypeVar("T", bound=int)
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
t(lambda: (Box[int], Box[int](3).v, Box.__parameters__, typing.get_type_hints(Box.__init__)))
def ann(a: int, b: "list[str]" = None) -> typing.Optional[dict]: ...
t(lambda: typing.get_type_hints(ann))
t(lambda: (typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_args(typing.Union[int, str]), int | str, typing.Optional[int]))
t(lambda: typing.cast(int, "x"))
t(lambda: typing.assert_type(1, int))
t(lambda: typing.assert_never(1))
t(lambda: typing.reveal_type(1))
UserId = typing.NewType("UserId", int)
t(lambda: (UserId(5), UserId, UserId.__supertype__))
t(lambda: typing.Literal["a", "b"])
t(lambda: typing.Annotated[int, "meta"])
t(lambda: typing.Callable[[int, str], bool])
t(lambda: typing.List[int])
t(lambda: Box[str, int])
@functools.singledispatch
def fmt(x): return f"obj:{x}"
@fmt.register
def _(x: int): return f"int:{x}"
@fmt.register(list)
def _(x): return f"list:{len(x)}"
t(lambda: (fmt(1), fmt([1, 2]), fmt("s"), fmt(True), sorted(k.__name__ for k in fmt.registry)))
class Calc:
    @functools.singledispatchmethod
    def add(self, x): raise NotImplementedError(f"no add for {type(x).__name__}")
    @add.register
    def _(self, x: int): return x + 1
    @add.register
    def _(self, x: str): return x + "!"
t(lambda: (Calc().add(1), Calc().add("a")))
t(lambda: Calc().add(1.5))
class Lazy:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
l = Lazy()
t(lambda: (l.val, l.val, l.__dict__))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
t(lambda: (V(1) <= V(2), V(3) > V(2), V(2) >= V(2)))
t(lambda: functools.total_ordering(type("X", (), {})))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
t(lambda: ([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info()))
t(lambda: functools.wraps(len)(lambda: 0).__name__)
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
t(lambda: (cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}).maps, dict(cm), cm.parents))
t(lambda: collections.namedtuple("P", "x y", defaults=[0])(1))
t(lambda: collections.namedtuple("P", "x def"))
t(lambda: collections.namedtuple("P", "x x"))
t(lambda: collections.namedtuple("P", "x _y", rename=True)._fields)
dd = collections.defaultdict(list)
dd["a"].append(1)
t(lambda: (dd, dd.default_factory, collections.defaultdict(int)["z"]))
t(lambda: collections.Counter("hello").most_common())
t(lambda: collections.UserDict({"a": 1}) | {"b": 2})
t(lambda: collections.UserList([3, 1, 2]).sort())
t(lambda: collections.UserString("abc").upper())
