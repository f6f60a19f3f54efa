# enum: member/nonmember, enum.property names, boundaries, verify, global_enum, functional API, copy.
import copy
import enum
from enum import (Enum, IntEnum, Flag, IntFlag, StrEnum, auto, member, nonmember, verify,
                  UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP)


class Fields(Enum):
    name = 'the name'
    value = 'the value'
    other = 3


print(Fields.name, Fields.value.name, Fields.value.value, Fields.name.value, list(Fields))
print(repr(Fields.other), Fields['name'] is Fields.name)


class Holder(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda x: x * 2)

    def method(self):
        return self.name


print([m.name for m in Holder], Holder.B, Holder.C.value(4), Holder.A.method())


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Conform(7), repr(Conform(4)), Eject(7), type(Eject(7)).__name__, Eject(3))
print(FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary), STRICT == 'strict')


class Neg(IntFlag):
    A = 1
    B = 2
    C = 4


print(Neg(-1), repr(Neg(-1)), ~Neg.A, Neg(-2), repr(Neg.A | Neg.B | 16))
print(Neg.A in Neg.A | Neg.B, list(Neg.A | Neg.C), len(Neg(7)), bool(Neg(0)), Neg.A < Neg.B)

try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class Cn(IntEnum):
        A = 1
        B = 2
        D = 4
        F = 6
except ValueError as e:
    print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        B = 2
        AC = 5
except ValueError as e:
    print('ValueError', e)


@verify(UNIQUE, CONTINUOUS)
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine), enum.EnumCheck.UNIQUE, repr(CONTINUOUS))


class Tuples(Enum):
    A = auto(), 'one'
    B = auto(), 'two'
    C = 5, 6


print([m.value for m in Tuples], Tuples((1, 'one')))


class Static(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    X = auto()
    Y = auto()


print(Static.X.value, Static('YY'))

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print('TypeError', e)
try:
    class Reserved(Enum):
        _sunder_ = 1
except ValueError as e:
    print('ValueError', e)
try:
    class MroName(Enum):
        mro = 1
except ValueError as e:
    print('ValueError', e)
try:
    class NoData(enum.ReprEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)
try:
    class Wrong(Enum, int):
        A = 1
except TypeError as e:
    print('TypeError', e)
try:
    StrEnum('Bad', {'A': 1})
except TypeError as e:
    print('TypeError', e)

Size = Enum('Size', {'S': 1, 'M': 2}, module='shapes', qualname='Outer.Size')
print(Size.__module__, Size.__qualname__, repr(Size.M), Size(1))
Nums = Enum('Nums', (('ONE', 1), ('TWO', 2)), type=int)
print(Nums.ONE + 1, isinstance(Nums.TWO, int), repr(Nums.ONE), str(Nums.TWO))
Bits = Flag('Bits', 'A B C')
print(list(Bits), Bits.C.value, Bits.A | Bits.C)

print(copy.copy(Fields.other) is Fields.other, copy.deepcopy([Neg.A])[0] is Neg.A)
print({Fields.other, Fields.other}, sorted([Neg.C, Neg.A]), max(Neg.A, Neg.B))
print(list(Holder.__members__), len(Holder.__members__), 'C' in Holder.__members__)
print(dir(Fine), dir(Fine.A))
print(Fine.A.__class__ is Fine, Fine.A._name_, Fine.A._value_, Fine._member_names_)
print(isinstance(Fine, enum.EnumType), issubclass(Fine, Enum), issubclass(IntEnum, int))
print(hash(Fine.A) == hash('A'), Fine.A == Fine.A, Fine.A != 1)
print(auto(), repr(auto(5)), enum.unique(Fine) is Fine)


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def phrase(self):
        return self.name.replace('_', ' ').title()

    @classmethod
    def from_code(cls, code):
        return cls(code)


print(Http.from_code(404).phrase, Http.OK.phrase, f'{Http.OK:>6}', Http.OK * 2, Http(200) is Http.OK)
print(Http.__members__['OK'], Http['NOT_FOUND'], Http.NOT_FOUND.real, divmod(Http.NOT_FOUND, 100))
try:
    Http(201)
except ValueError as e:
    print('ValueError', e)


class Shape(Enum):
    CIRCLE = 'circle'
    SQUARE = 'square'

    def __str__(self):
        return self.value.upper()


print(Shape.CIRCLE, f'{Shape.SQUARE}', repr(Shape.CIRCLE), '%s' % Shape.SQUARE)
