# tracemalloc's classes at their edges: BaseFilter is abstract, filters given as a
# generator, Traceback from a list, comparisons with other types, Statistic sorting keys,
# average sizes, filters on domains and the statistics of an empty snapshot.
import tracemalloc
from tracemalloc import Filter, DomainFilter, Frame, Snapshot, Statistic, Traceback

try:
    tracemalloc.BaseFilter(True)
except TypeError as e:
    print('TypeError', e)


class MyFilter(tracemalloc.BaseFilter):
    def _match(self, trace):
        return trace[1] > 10


raw = [
    (0, 8, (('x.py', 1), ('y.py', 9)), 2),
    (0, 16, (('x.py', 2), ('y.py', 9)), 2),
    (5, 32, (('y.py', 3),), 1),
    (5, 64, (('x.py', 1), ('x.py', 4)), 2),
]
snap = Snapshot(raw, 2)
print([t.size for t in snap.filter_traces([MyFilter(True)]).traces])
print([t.size for t in snap.filter_traces(f for f in [Filter(True, 'x.py')]).traces])
print([t.size for t in snap.filter_traces((Filter(True, 'x.py'), Filter(False, 'x.py', 2))).traces])
print([t.size for t in snap.filter_traces([Filter(True, 'x.py', all_frames=True, lineno=4)]).traces])
print([t.size for t in snap.filter_traces([Filter(False, 'y.py', all_frames=True)]).traces])
print([t.size for t in snap.filter_traces([Filter(True, '*', domain=5)]).traces],
      [t.size for t in snap.filter_traces([Filter(False, 'x.py', domain=5)]).traces],
      [t.size for t in snap.filter_traces([DomainFilter(False, 5)]).traces])
print([t.size for t in snap.filter_traces([Filter(1, 'x.py'), DomainFilter(0, 0)]).traces])

for key in ('lineno', 'filename', 'traceback'):
    print(key, [(str(s), s.count) for s in snap.statistics(key)])
print('cumulative', [str(s) for s in snap.statistics('lineno', cumulative=True)])
empty = Snapshot([], 1)
print(empty.statistics('lineno'), empty.compare_to(snap, 'filename')[:1], len(empty.traces))
print([str(d) for d in snap.compare_to(empty, 'lineno')])

tb = Traceback([('a.py', 1), ('b.py', 2)])
print(repr(tb), tb == Traceback((('a.py', 1), ('b.py', 2))), hash(tb) == hash(Traceback((('a.py', 1), ('b.py', 2)))))
print(tb[0], tb[-1], tb[::-1], len(tb[5:]))
for other in (5, 'a', ('a.py', 1)):
    print(tb == other, Frame(('a.py', 1)) == other, Frame(('a.py', 1)) != other)
    try:
        Frame(('a.py', 1)) < other
    except TypeError as e:
        print('TypeError', e)
    try:
        tb >= other
    except TypeError as e:
        print('TypeError', e)
print(Frame(('a.py', 1)) >= Frame(('a.py', 1)), Frame(('b.py', 1)) > Frame(('a.py', 9)),
      Frame(('a.py', 1)) <= Frame(('a.py', 0)))
print(sorted([Traceback((('b.py', 1),)), Traceback((('a.py', 2),)), Traceback((('a.py', 1), ('z.py', 1)))]))
s = Statistic(tb, 3000, 7)
print(str(s), repr(s))
print({s: 1}[Statistic(Traceback([('a.py', 1), ('b.py', 2)]), 3000, 7)])
d = tracemalloc.StatisticDiff(tb, 10 ** 7, -(10 ** 6), 3, 0)
print(str(d), repr(d))
trace = snap.traces[3]
print(str(trace), repr(trace), trace == snap.traces[3], trace != snap.traces[0], hash(trace) == hash(snap.traces[3]))
print(snap.traces == Snapshot(list(raw), 9).traces, snap.traces[1:3], snap.traces[-1].size)
try:
    hash(snap.traces)
except TypeError as e:
    print('TypeError', e)
print(Frame(('q.py', 7)) in snap.traces[3].traceback, Frame(('x.py', 4)) in snap.traces[3].traceback)
print(list(snap.traces[3].traceback), snap.traces[3].traceback.index(Frame(('x.py', 1))))
