# functools.cached_property, total_ordering and singledispatch: caching in the instance
# dict, errors, the generated comparison methods and NotImplemented, dispatch over the MRO,
# registration forms and the registry.
import functools
import re
from functools import cached_property, total_ordering, singledispatch


class Data:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        """The total."""
        print('  computing')
        return sum(range(self.n))


d = Data(5)
print(d.total, d.total, d.__dict__)
d.total = 99
print(d.total)
del d.total
print(d.total)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname, Data.total.func.__name__)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)

cp = cached_property(lambda self: 1)


class Twice:
    a = cp


try:
    cp.__set_name__(Twice, 'b')
except TypeError as e:
    print('TypeError', e)
cp.__set_name__(Twice, 'a')
print(cp.attrname, Twice().a)


class Sub(Data):
    @cached_property
    def total(self):
        return -1


print(Sub(3).total)


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return 'V(%d)' % self.n


a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), a <= V(1), a >= V(1))
print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)))
print(sorted(k for k in ('__le__', '__gt__', '__ge__', '__lt__') if k in V.__dict__))
print(V.__gt__.__name__, V.__ge__.__name__, V.__le__.__name__)
try:
    a <= 1
except TypeError as e:
    print('TypeError', e)
try:
    a > 'x'
except TypeError as e:
    print('TypeError', e)


@total_ordering
class G:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

    def __le__(self, other):
        return self.n <= other.n

    def __eq__(self, other):
        return self.n == other.n


print(G(1) < G(2), G(2) >= G(2), G(3) >= G(2), G.__lt__.__name__, G.__ge__.__name__)


@total_ordering
class Le:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n <= other.n

    def __eq__(self, other):
        return self.n == other.n


print(Le(1) < Le(2), Le(2) < Le(2), Le(3) > Le(2), Le(2) >= Le(2))


class Base:
    def __lt__(self, other):
        return True


@total_ordering
class Derived(Base):
    pass


print(Derived.__gt__.__name__, Derived() > Derived())

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


@singledispatch
def show(x):
    """Generic show."""
    return 'object ' + type(x).__name__


@show.register(int)
def _(x):
    return 'int'


@show.register
def _(x: str):
    return 'str'


def for_list(x):
    return 'list'


print(show.register(list, for_list) is for_list)


class MyList(list):
    pass


print(show(1), show(True), show('s'), show([1]), show(MyList()), show(1.5), show(None))
print(show.__name__, show.__doc__, show.__wrapped__(1))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.__wrapped__, show.dispatch(MyList) is for_list)
print(sorted(c.__name__ for c in show.registry))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    @show.register
    def _(x):
        return 'no annotation'
except TypeError as e:
    print('TypeError', re.sub('0x[0-9a-f]+', 'ID', str(e)))


@show.register(float)
@show.register(complex)
def _(x):
    return 'number'


print(show(2.5), show(1j))


class Shape:
    @singledispatch
    def area(arg):
        return 'generic'


print(Shape.area(3))
