# A blog-style table of sys.getsizeof for values from the standard library (dates,
# decimals, fractions, collections), and whether the collector tracks them: CPython's
# datetime and decimal objects are C objects it does not track.
import collections
import datetime
import decimal
import fractions
import gc
import sys

values = {
    "date": datetime.date(2024, 1, 1),
    "datetime": datetime.datetime(2024, 1, 1, 12, 30),
    "datetime+tz": datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
    "time": datetime.time(1, 2, 3),
    "timedelta": datetime.timedelta(days=1, seconds=5),
    "timezone": datetime.timezone(datetime.timedelta(hours=2), "CEST"),
    "Decimal('1.5')": decimal.Decimal("1.5"),
    "Decimal 76 digits": decimal.Decimal("1" * 76),
    "Decimal 77 digits": decimal.Decimal("1" * 77),
    "Decimal 100 digits": decimal.Decimal("1" * 100),
    "Decimal NaN": decimal.Decimal("NaN"),
    "Decimal 2**300": decimal.Decimal(2) ** 300,
    "Decimal 1/7": decimal.Decimal(1) / decimal.Decimal(7),
    "Fraction": fractions.Fraction(1, 3),
    "deque": collections.deque(),
    "deque(range(100))": collections.deque(range(100)),
    "namedtuple": collections.namedtuple("P", "x y")(1, 2),
    "OrderedDict": collections.OrderedDict(a=1),
    "Counter": collections.Counter("abc"),
    "defaultdict": collections.defaultdict(int),
}
print(f"{'value':<20}{'getsizeof':>10}{'tracked':>9}")
for name, value in values.items():
    print(f"{name:<20}{sys.getsizeof(value):>10}{gc.is_tracked(value)!s:>9}")

print("__sizeof__:", datetime.date.today().__sizeof__(), datetime.timedelta(3).__sizeof__(),
      decimal.Decimal("1" * 100).__sizeof__())

days = [datetime.date(2020, 1, i + 1) for i in range(20)]
amounts = [decimal.Decimal(i) / 7 for i in range(20)]
spans = [datetime.timedelta(hours=i) for i in range(20)]
print("tracked:", sum(map(gc.is_tracked, days + amounts + spans)), "of", len(days + amounts + spans))
total = sum(amounts, decimal.Decimal(0))
print("total:", total.quantize(decimal.Decimal("0.01")), "span:", sum(spans, datetime.timedelta()))


class Birthday(datetime.date):
    pass


class Offset(datetime.tzinfo):
    def utcoffset(self, dt):
        return datetime.timedelta(hours=1)

    def tzname(self, dt):
        return "X"

    def dst(self, dt):
        return None


class Money(decimal.Decimal):
    pass


b = Birthday(2020, 2, 29)
b.note = "leap"
print("subclasses tracked:", gc.is_tracked(b), gc.is_tracked(Offset()), gc.is_tracked(Money(1)))
print(b, repr(b), b + datetime.timedelta(1), b.note, Money("1.5") * 2)
print(datetime.datetime(2020, 1, 1, tzinfo=Offset()).isoformat())
