# Types that CPython implements in C carry their module in tp_name, and every message built
# from it shows 'datetime.date', 'decimal.Decimal', 'itertools.chain'...; subclasses and
# Python classes (fractions.Fraction) show bare names.
import array
import collections
import datetime
import decimal
import fractions
import functools
import io
import itertools
import operator
import re
import struct
import time
import types
import fractions as _fractions  # noqa


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {e}')


d = datetime.date(2024, 2, 29)
attempt('date + int', lambda: d + 1)
attempt('int - date', lambda: 1 - d)
attempt('datetime * 2', lambda: datetime.datetime(2024, 1, 1) * 2)
attempt('time call', lambda: datetime.time(1)())
attempt('timedelta attr', lambda: datetime.timedelta(1).nope)
attempt('timezone lt', lambda: datetime.timezone.utc < 3)
attempt('Decimal + str', lambda: decimal.Decimal(1) + 'a')
attempt('Context len', lambda: len(decimal.Context()))
print(type(decimal.localcontext()).__name__, type(decimal.localcontext()).__qualname__)
attempt('localcontext attr', lambda: decimal.localcontext().x)
attempt('Fraction attr', lambda: fractions.Fraction(1, 2).x)
attempt('array call', lambda: array.array('b')())
attempt('StringIO + 1', lambda: io.StringIO() + 1)
attempt('BytesIO attr', lambda: io.BytesIO().nope)
attempt('chain len', lambda: len(itertools.chain()))
attempt('count neg', lambda: -itertools.count())
attempt('product index', lambda: itertools.product()[0])
attempt('groupby attr', lambda: itertools.groupby([]).x)
attempt('partial +', lambda: functools.partial(len) + 1)
attempt('lru attr', lambda: functools.lru_cache(len).x)
attempt('cmp_to_key hash', lambda: hash(functools.cmp_to_key(len)(1)))
attempt('Pattern +', lambda: re.compile('a') + 1)
attempt('Match len', lambda: len(re.match('a', 'a')))
attempt('Struct call', lambda: struct.Struct('b')())
attempt('struct_time attr', lambda: time.localtime(0).nope)
attempt('SimpleNamespace <', lambda: types.SimpleNamespace() < 1)
attempt('attrgetter +', lambda: operator.attrgetter('a') + 1)
attempt('OrderedDict hash', lambda: hash(collections.OrderedDict()))
attempt('defaultdict attr', lambda: collections.defaultdict().x)


class MyDate(datetime.date):
    pass


attempt('subclass + int', lambda: MyDate(2024, 1, 1) + 1)
for t in (datetime.date, decimal.Decimal, io.StringIO, itertools.chain, re.Pattern, functools.partial):
    print(repr(t), t.__name__, t.__qualname__, t.__module__)


# Their methods, read from the class, are method descriptors checking their first argument.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
attempt('isoformat(1)', lambda: datetime.date.isoformat(1))
attempt('isoformat()', lambda: datetime.date.isoformat())
attempt('isoformat(d)', lambda: datetime.date.isoformat(datetime.date(2020, 1, 2)))
attempt('dt isoformat via date', lambda: datetime.date.isoformat(datetime.datetime(2020, 1, 2, 3)))
attempt('strftime', lambda: datetime.date.strftime('x', '%Y'))
attempt('Decimal.sqrt', lambda: decimal.Decimal.sqrt(4))
attempt('StringIO.getvalue', lambda: io.StringIO.getvalue(None))
attempt('OrderedDict.move_to_end', lambda: collections.OrderedDict.move_to_end({}, 1))
attempt('Fraction.limit_denominator', lambda: fractions.Fraction.limit_denominator(1))
print(repr(datetime.date.isoformat), datetime.date.isoformat is datetime.date.isoformat)
print(repr(decimal.Decimal.quantize), repr(io.StringIO.write), repr(re.Pattern.match))
class D(datetime.date):
    def extra(self): return 1
print(repr(D.isoformat), repr(D.extra).split(' at ')[0], D(2020, 1, 1).isoformat())
