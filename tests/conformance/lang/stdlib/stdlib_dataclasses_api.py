# dataclasses: fields, asdict/astuple, replace, is_dataclass, make_dataclass, slots, kw_only, inheritance.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, KW_ONLY, InitVar, MISSING, Field)
from collections import namedtuple
from typing import ClassVar


@dataclass
class Inner:
    v: int
    items: list = field(default_factory=list, metadata={'unit': 'm'})


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: tuple
    counter: ClassVar[int] = 0


NT = namedtuple('NT', 'a b')
o = Outer('o', Inner(1, [1, 2]), [Inner(2)], {'k': Inner(3)}, (Inner(4), NT(Inner(5), 6)))
d = asdict(o)
print(d)
print(d['inner']['items'] is o.inner.items, d['many'][0])
print(astuple(o))
print(asdict(Inner(9), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(Inner(9, [3]), tuple_factory=list))
for fn in (asdict, astuple, replace):
    try:
        fn(Outer)
    except TypeError as e:
        print('TypeError', e)
    try:
        fn(42)
    except TypeError as e:
        print('TypeError', e)

print([f.name for f in fields(Outer)], [f.name for f in fields(o)])
fs = fields(Inner)
print(fs[1].metadata['unit'], fs[1].default is MISSING, fs[1].default_factory, fs[0].type, fs[0].init)
print(type(fs[1].metadata).__name__, fs[0].metadata, isinstance(fs[0], Field))
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object'))
try:
    fields(3)
except TypeError as e:
    print('TypeError', e)
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(3), is_dataclass(int))
print(Outer.__dataclass_params__ is not None, '__dataclass_fields__' in Outer.__dict__, list(Outer.__dataclass_fields__))

i = Inner(1, [5])
j = replace(i, v=2)
print(i, j, j.items is i.items)
try:
    replace(i, nope=3)
except TypeError as e:
    print('TypeError', e)


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=0)


try:
    replace(NoInit(1), b=3)
except ValueError as e:
    print('ValueError', e)


@dataclass
class IV:
    a: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.a += k


try:
    replace(IV(1, 2), a=5)
except ValueError as e:
    print('ValueError', e)
print(replace(IV(1, 2), k=10))

C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))],
                   namespace={'double': lambda self: self.b * 2}, frozen=True)
c = C(1, 2)
print(c, c.double(), C.__name__, C.__module__, is_dataclass(C), hash(C(1, 2, ())) == hash(C(1, 2, ())))
print([(f.name, f.type) for f in fields(C)])
D = make_dataclass('D', [('x', int, 3)], bases=(Inner,), order=True)
print(D(1), D(1) < D(1, [], 4))
for bad in (['a', 'a'], ['class'], [('a', int, 1, 2)], [3]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError', e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)


@dataclass(slots=True, frozen=True)
class SlotFrozen:
    a: int


print(SlotFrozen(2), hash(SlotFrozen(2)) == hash((2,)))


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW.__match_args__)
try:
    KW(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 9, b=2), Mixed.__match_args__)
try:
    Mixed(1)
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class TwoKW:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print('TypeError', e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 5
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)], Child(1) == Base(1))


@dataclass(frozen=True)
class FB:
    a: int


for frozen in (False,):
    try:
        @dataclass
        class Thaw(FB):
            b: int
    except TypeError as e:
        print('TypeError', e)
try:
    @dataclass(frozen=True)
    class Freeze(Base):
        q: int = 0
except TypeError as e:
    print('TypeError', e)


@dataclass(match_args=False, repr=False, eq=False, init=False)
class Bare:
    a: int = 1


b = Bare()
print(hasattr(Bare, '__match_args__'), '__repr__' in Bare.__dict__, '__init__' in Bare.__dict__, b.a)


@dataclass
class Shape:
    kind: str
    size: int = 0


for item in (Shape('sq', 2), Shape('tri'), Shape('circle', 9)):
    match item:
        case Shape('sq', n):
            print('square', n)
        case Shape(kind='tri'):
            print('triangle')
        case Shape(k, size=sz):
            print('other', k, sz)

print(dataclasses.__all__ if hasattr(dataclasses, '__all__') else None)
print(Field.__name__, dataclasses.FrozenInstanceError.__mro__[1].__name__)
