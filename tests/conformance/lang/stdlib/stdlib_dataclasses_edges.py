# dataclasses: string annotations (ClassVar/InitVar/KW_ONLY), docstrings, Field repr, hashing table, descriptors.
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List, Optional
import collections


@dataclass
class StrAnn:
    a: 'int'
    b: 'ClassVar[int]' = 5
    c: 'InitVar[int]' = 1
    d: 'dataclasses.InitVar[str]' = 'x'
    e: 'typing.ClassVar[int]' = 3
    _: 'KW_ONLY'
    k: int = 0

    def __post_init__(self, c, d):
        self.total = self.a + c


s = StrAnn(1, 2, 'y', k=4)
print(s, s.total, [fl.name for fl in fields(StrAnn)], list(StrAnn.__dataclass_fields__))
print([(fl.name, fl._field_type) for fl in StrAnn.__dataclass_fields__.values()])
print(StrAnn.__doc__)


@dataclass
class Docs:
    a: List[int]
    b: Optional['Docs'] = None
    c: collections.OrderedDict = None
    d: list[int] = field(default_factory=list)
    _: KW_ONLY
    e: str = 'e'


print(Docs.__doc__)
print(Docs.__init__.__annotations__)
print(Docs.__init__.__defaults__, Docs.__init__.__kwdefaults__)
print(repr(fields(Docs)[0]).replace(' at 0x', '@').split('@')[0])


@dataclass(frozen=True)
class FrozenExplicit:
    a: int

    def __hash__(self):
        return 42


print(hash(FrozenExplicit(1)), FrozenExplicit.__hash__.__qualname__)


@dataclass(eq=False, frozen=True)
class FrozenNoEq:
    a: int


print(FrozenNoEq.__hash__ is object.__hash__)


@dataclass
class EqNoneHash:
    a: int
    __hash__ = None


print(EqNoneHash.__hash__)


@dataclass
class EqExplicit:
    a: int

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


print(EqExplicit.__hash__ is object.__hash__)

try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError', e)

for spec in ('factory_classvar', 'kw_classvar', 'weakref', 'slots_twice', 'frozen_set'):
    try:
        if spec == 'factory_classvar':
            @dataclass
            class X:
                a: ClassVar[list] = field(default_factory=list)
        elif spec == 'kw_classvar':
            @dataclass
            class X:
                a: ClassVar[int] = field(default=1, kw_only=True)
        elif spec == 'weakref':
            @dataclass(weakref_slot=True)
            class X:
                a: int
        elif spec == 'slots_twice':
            @dataclass(slots=True)
            class X:
                __slots__ = ('a',)
                a: int
        else:
            @dataclass(frozen=True)
            class X:
                a: int = 1

                def __setattr__(self, name, value):
                    pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Doubler:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner):
        if obj is None:
            return 7
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


@dataclass
class WithDesc:
    v: Doubler = Doubler()


print(WithDesc(), WithDesc(5).v)


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(dataclasses.asdict(t))
print(dataclasses.astuple(t))
print(t == Tree(1, [Tree(2), Tree(3, [Tree(4)])]), t != Tree(1))


@dataclass(slots=True, weakref_slot=True)
class WR:
    a: int


import weakref
w = WR(1)
print(weakref.ref(w)() is w, WR.__slots__)


@dataclass
class Base:
    a: int = 1

    def __post_init__(self):
        print('base post init', self)


@dataclass
class Sub(Base):
    b: str = 'b'


Sub()


@dataclass
class Abstractish(typing.Generic[typing.TypeVar('T')]):
    item: int


print(Abstractish(3), Abstractish[int](4))
print(repr(dataclasses.field()).startswith('Field(name=None,type=None,default=<dataclasses._MISSING_TYPE object'))
print(dataclasses.Field.__slots__ if hasattr(dataclasses.Field, '__slots__') else None)
