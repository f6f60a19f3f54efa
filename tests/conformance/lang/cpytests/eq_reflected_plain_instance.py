# A plain instance compared with an object whose __eq__ accepts anything: object's __eq__
# answers NotImplemented for distinct objects, so the right operand's reflected __eq__ decides.
class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


class Plain:
    pass


p = Plain()
print(p == Anything(), Anything() == p, p != Anything(), Anything() != p)
print([p] == [Anything()], p in [Anything()], (p,) == (Anything(),))
print(p == p, p != p, p == Plain(), p != Plain())
print({'k': p} == {'k': Anything()})


class Slotted:
    __slots__ = ()


print(Slotted() == Anything(), Slotted() != Anything())
import enum


class Color(enum.Enum):
    RED = 1


print(Color.RED == Anything(), Color.RED != Anything(), Color.RED == 1)
