# Snapshot.filter_traces with Filter and DomainFilter: inclusive and exclusive filename
# patterns (fnmatch), line numbers, all_frames, domains, and their attributes and errors.
import tracemalloc


def lines(snapshot, only_mine=True):
    found = set()
    for trace in snapshot.traces:
        frame = trace.traceback[-1]  # the most recent frame
        if not only_mine or frame.filename.endswith('tracemalloc_filters.py'):
            found.add(frame.lineno)
    return sorted(n for n in found if n in (16, 23, 25))


def helper():
    return [bytearray(64) for _ in range(20)]


tracemalloc.start(4)
xs = [None] * 100
ys = [None] * 100
for i in range(100):
    xs[i] = bytes(100)
for i in range(100):
    ys[i] = bytes(200)
zs = helper()
snap = tracemalloc.take_snapshot()
Filter = tracemalloc.Filter

print('all:', lines(snap))
print('include this file:', lines(snap.filter_traces([Filter(True, '*tracemalloc_filters.py')]), False))
print('exclude this file:', lines(snap.filter_traces([Filter(False, '*tracemalloc_filters.py')]), False))
print('include line 23 only:', lines(snap.filter_traces([Filter(True, '*_filters.py', lineno=23)])))
print('exclude line 23:', lines(snap.filter_traces([Filter(False, '*_filters.py', lineno=23)])))
print('two inclusive filters (either):', lines(snap.filter_traces(
    [Filter(True, '*_filters.py', 23), Filter(True, '*_filters.py', 25)])))
print('inclusive and exclusive (both):', lines(snap.filter_traces(
    [Filter(True, '*_filters.py'), Filter(False, '*_filters.py', 23)])))
print('a generator of filters:', lines(snap.filter_traces(Filter(True, '*_filters.py', n) for n in (25,))))
only_helper = snap.filter_traces([Filter(True, '*_filters.py', 16)])
print('helper frames, most recent only:', len(only_helper.traces) >= 40, lines(only_helper))
all_frames = snap.filter_traces([Filter(True, '*_filters.py', 26, all_frames=True)])
print('helper frames, any frame:', len(all_frames.traces) >= 40, lines(all_frames))
print('question mark and classes:', lines(snap.filter_traces([Filter(True, '*tracemalloc_filter?.py')])),
      lines(snap.filter_traces([Filter(True, '*tracemalloc_filter[st].py')])),
      lines(snap.filter_traces([Filter(True, '*tracemalloc_filter[!s].py')]), False))
print('.pyc names the .py:', lines(snap.filter_traces([Filter(True, '*tracemalloc_filters.pyc')])))
print('no match:', len(snap.filter_traces([Filter(True, 'nothing.py')]).traces))
print('empty list copies:', len(snap.filter_traces([]).traces) == len(snap.traces))
print('domain 0 kept, domain 1 dropped:',
      len(snap.filter_traces([tracemalloc.DomainFilter(True, 0)]).traces) == len(snap.traces),
      len(snap.filter_traces([tracemalloc.DomainFilter(True, 1)]).traces),
      len(snap.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
print('Filter with a domain:',
      len(snap.filter_traces([Filter(True, '*', domain=1)]).traces),
      len(snap.filter_traces([Filter(False, 'nothing', domain=0)]).traces) == len(snap.traces))
print('the filtered snapshot keeps the limit:', snap.filter_traces([]).traceback_limit)
print('tracemalloc.__file__ hides its own frames:',
      all(t.traceback[0].filename != tracemalloc.__file__
          for t in snap.filter_traces([Filter(False, tracemalloc.__file__)]).traces))

f = Filter(False, 'a/b.pyc', lineno=3, all_frames=True, domain=2)
print('attributes:', f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(True, 5)
print('domain filter:', d.inclusive, d.domain)
try:
    d.domain = 6
except AttributeError as e:
    print('  AttributeError')
try:
    snap.filter_traces(3)
except TypeError as e:
    print('  TypeError:', e)
try:
    Filter(True, 5)
except TypeError as e:
    print('  TypeError:', e)
tracemalloc.stop()
