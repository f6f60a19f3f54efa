import sys, itertools, functools, operator, collections, types, enum, dataclasses, fractions, decimal, datetime, io, re
d = {"a": 1}
vals = [d.keys(), d.values(), d.items(), iter(d), iter([]), iter(()), iter(""), iter(range(3)), reversed([]), enumerate([]), zip(), map(str, []), filter(None, []),
        itertools.count(), itertools.chain(), itertools.cycle([]), itertools.repeat(1), itertools.islice([], 1), itertools.product([1], [2]), itertools.permutations([1, 2]),
        itertools.combinations([1, 2], 1), itertools.groupby([]), itertools.accumulate([]), itertools.zip_longest(), itertools.starmap(pow, []), itertools.tee([])[0],
        functools.partial(print, 1), property(), staticmethod(len), classmethod(len), operator.itemgetter(1), operator.attrgetter("a"), operator.methodcaller("x"),
        types.MappingProxyType({}), super(int, 1), NotImplemented, fractions.Fraction(1, 3), decimal.Decimal("1.5"),
        datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1), datetime.timedelta(1),
        collections.ChainMap(), sys.flags, sys.version_info, sys.getsizeof]
for v in vals:
    try:
        print(type(v).__name__, sys.getsizeof(v))
    except TypeError as e:
        print(type(v).__name__, "TypeError", e)
class Color(enum.Enum):
    RED = 1
print("enum member", sys.getsizeof(Color.RED))
@dataclasses.dataclass
class P:
    x: int
    y: int
print("dataclass", sys.getsizeof(P(1, 2)))
@dataclasses.dataclass(slots=True)
class PS:
    x: int
    y: int
print("dataclass slots", sys.getsizeof(PS(1, 2)))
def outer():
    v = 1
    def inner(): return v
    return inner
print("cell", sys.getsizeof(outer().__closure__[0]))
print("frame", sys.getsizeof(sys._getframe()) > 0)
