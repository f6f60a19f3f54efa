# Errors raised inside modules that are C in CPython (datetime, decimal, itertools,
# operator's getters) show only the user's frames in a traceback.
import datetime
import decimal
import itertools
import operator
import sys
import traceback

def parse_date(text):
    year, month, day = map(int, text.split("-"))
    return datetime.date(year, month, day)

def report(fn, *args):
    try:
        print("ok:", fn(*args))
    except Exception:
        traceback.print_exc(file=sys.stdout)

report(parse_date, "2024-02-29")
report(parse_date, "2023-02-29")
report(datetime.time, 24, 0)
report(datetime.date.fromisoformat, "2024-1-5")
report(decimal.Decimal, "12,50")
report(lambda: decimal.Decimal("1") / decimal.Decimal("0"))
report(lambda: list(itertools.accumulate([1, 2, "3"])))
report(lambda: [(k, list(g)) for k, g in itertools.groupby([3, 1, None], key=lambda x: x % 2)])
report(lambda: sorted([{"id": 2}, {"name": "x"}], key=operator.itemgetter("id")))
report(lambda: operator.attrgetter("real.nope")(5))
report(lambda: list(map(operator.methodcaller("upper"), ["a", 1])))
print(parse_date("1999-12-31") + datetime.timedelta(days=1))
parse_date("2024-13-01")
