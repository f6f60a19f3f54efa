# tracemalloc's Python classes built by hand, as CPython's own tests do: Snapshot over a
# list of (domain, size, frames, total_nframe) traces, statistics by line, file and
# traceback (cumulative or not), compare_to, filter_traces, and the str/repr formats of
# Frame, Traceback, Trace, Statistic and StatisticDiff, with sizes in every unit.
import tracemalloc
from tracemalloc import (Filter, DomainFilter, Frame, Snapshot, Statistic, StatisticDiff,
                         Traceback)

raw1 = [
    (0, 10, (('a.py', 2), ('b.py', 4)), 3),
    (0, 10, (('a.py', 2), ('b.py', 4)), 3),
    (0, 10, (('a.py', 2), ('b.py', 4)), 3),
    (1, 2, (('a.py', 5), ('b.py', 4)), 3),
    (2, 66, (('b.py', 1),), 1),
    (3, 7, (('<unknown>', 0),), 1),
]
raw2 = [
    (0, 10, (('a.py', 2), ('b.py', 4)), 3),
    (0, 10, (('a.py', 2), ('b.py', 4)), 3),
    (0, 10, (('a.py', 2), ('b.py', 4)), 3),
    (2, 2, (('a.py', 5), ('b.py', 4)), 3),
    (2, 5000, (('a.py', 5), ('b.py', 4)), 3),
    (4, 400, (('c.py', 578),), 1),
]
snap1 = Snapshot(raw1, 4)
snap2 = Snapshot(raw2, 4)
print(snap1.traceback_limit, len(snap1.traces), repr(snap1.traces))
t = snap1.traces[0]
print(repr(t))
print(str(t), t.domain, t.size, t.traceback.total_nframe)
print([str(x) for x in snap1.traces[1:3]], snap1.traces[0] == snap1.traces[1], snap1.traces[0] in snap1.traces)

for key in ('lineno', 'filename', 'traceback'):
    print('statistics', key)
    for stat in snap1.statistics(key):
        print('  ', stat)
        print('  ', repr(stat))
for key in ('lineno', 'filename'):
    print('cumulative', key)
    for stat in snap1.statistics(key, cumulative=True):
        print('  ', stat)
for bad in (('traceback', True), ('frame', False)):
    try:
        snap1.statistics(*bad)
    except ValueError as e:
        print('ValueError', e)

for key in ('lineno', 'filename', 'traceback'):
    print('compare', key)
    for diff in snap2.compare_to(snap1, key):
        print('  ', diff)
        print('  ', repr(diff))
print('compare cumulative')
for diff in snap2.compare_to(snap1, 'filename', cumulative=True):
    print('  ', diff)

# Frames and tracebacks
f1 = Frame(('a.py', 3))
f2 = Frame(('a.py', 10))
print(repr(f1), str(f1), f1.filename, f1.lineno, f1 == Frame(('a.py', 3)), f1 < f2, f1 >= f2,
      f1 != f2, hash(f1) == hash(Frame(('a.py', 3))), f1 == ('a.py', 3))
tb = Traceback((('b.py', 1), ('a.py', 2), ('c.py', 3)), 5)
print(repr(tb))
print(str(tb), len(tb), tb[0], tb[-1], [str(f) for f in tb[1:]], tb.total_nframe)
print(Frame(('c.py', 3)) in tb, Frame(('z.py', 3)) in tb, list(reversed(tb))[0])
print(tb == Traceback((('b.py', 1), ('a.py', 2), ('c.py', 3))), tb < Traceback((('z.py', 1),)),
      repr(Traceback((('x.py', 1),))))
print(tb.format(), tb.format(limit=1), tb.format(limit=-1), tb.format(most_recent_first=True))
print(tb.index(Frame(('a.py', 2))), tb.count(Frame(('a.py', 2))))
print(sorted([f2, f1]) == [f1, f2], f1 <= f2, f2 > f1)

# Sizes in every unit
sizes = [0, 1, 1023, 1024, 10239, 10240, 10 * 1024 + 512, 100 * 1024 - 1, 100 * 1024,
         5 * 1024 * 1024, 123456789, 10 * 1024 ** 3, 3 * 1024 ** 4, 900 * 1024 ** 5]
for size in sizes:
    print(str(Statistic(Traceback((('s.py', 1),)), size, 3)))
for size in sizes[:8]:
    print(str(StatisticDiff(Traceback((('s.py', 1),)), size, -size, 3, -3)))
print(str(Statistic(Traceback((('s.py', 1),)), 100, 0)))
print(str(StatisticDiff(Traceback((('s.py', 1),)), 0, 0, 0, 0)))

# Statistic equality and sorting
s1 = Statistic(Traceback((('s.py', 1),)), 10, 1)
s2 = Statistic(Traceback((('s.py', 1),)), 10, 1)
print(s1 == s2, hash(s1) == hash(s2), s1 == 5, s1 != s2, s1.size, s1.count)
try:
    s1 < s2
except TypeError:
    print('Statistic is not ordered')

# Filters
fl = Filter(True, 'a.py')
print(fl.inclusive, fl.filename_pattern, fl.lineno, fl.all_frames, fl.domain)
print(len(snap1.filter_traces([Filter(True, 'a.py')]).traces),
      len(snap1.filter_traces([Filter(False, 'a.py')]).traces),
      len(snap1.filter_traces([Filter(True, 'b.py', all_frames=True)]).traces),
      len(snap1.filter_traces([Filter(True, 'a.py', lineno=5)]).traces),
      len(snap1.filter_traces([Filter(True, 'a.py', domain=1)]).traces),
      len(snap1.filter_traces([Filter(False, 'a.py', domain=0)]).traces),
      len(snap1.filter_traces([Filter(False, '<unknown>')]).traces),
      len(snap1.filter_traces([Filter(True, '*.py')]).traces),
      len(snap1.filter_traces([DomainFilter(True, 2)]).traces),
      len(snap1.filter_traces([DomainFilter(False, 2)]).traces),
      len(snap1.filter_traces(()).traces))
fl.lineno = 2
fl.all_frames = True
print(fl.lineno, fl.all_frames, len(snap1.filter_traces([fl]).traces))
try:
    fl.filename_pattern = 'x'
except AttributeError:
    print('filename_pattern is read-only')
print(Filter(True, 'x.pyc').filename_pattern, Filter(True, 'x.PY').filename_pattern)
try:
    snap1.filter_traces(None)
except TypeError as e:
    print('TypeError', e)

# get_object_traceback and take_snapshot when not tracing
print(tracemalloc.get_object_traceback([]))
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(n for n in ('Filter', 'DomainFilter', 'Frame', 'Snapshot', 'Statistic',
                         'StatisticDiff', 'Trace', 'Traceback', 'take_snapshot',
                         'get_object_traceback', 'BaseFilter') if hasattr(tracemalloc, n)))
