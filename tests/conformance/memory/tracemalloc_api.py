# tracemalloc's functions: tracing on and off, the traceback limit, the shapes of the
# results, and the errors for bad arguments (CPython 3.11's _tracemalloc messages).
import tracemalloc


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f'  {type(e).__name__}: {e}')
    else:
        print('  ->', repr(r))


print('tracing at start:', tracemalloc.is_tracing())
print('limit:', tracemalloc.get_traceback_limit())
print('traced memory when off:', tracemalloc.get_traced_memory())
mem = tracemalloc.get_tracemalloc_memory()
print('tracemalloc memory is an int > 0:', type(mem) is int and mem > 0)
print('object traceback when off:', tracemalloc.get_object_traceback(b'x' * 100))
print('clear/reset when off:', tracemalloc.clear_traces(), tracemalloc.reset_peak())
attempt(tracemalloc.take_snapshot)

print('bad start arguments:')
for bad in (0, -1, 65536, 2**31, -(2**40), 'x', 1.5, None, [1]):
    attempt(tracemalloc.start, bad)
attempt(tracemalloc.start, 1, 2)
attempt(tracemalloc.start, nframe=2)
print('still off:', tracemalloc.is_tracing())

print('bad arguments to the other functions:')
attempt(tracemalloc.is_tracing, 1)
attempt(tracemalloc.stop, None)
attempt(tracemalloc.get_traced_memory, x=1)
attempt(tracemalloc.get_traceback_limit, 1, 2)
attempt(tracemalloc.get_object_traceback)
attempt(tracemalloc.get_object_traceback, 1, 2)


class Frames:
    def __index__(self):
        return 7


tracemalloc.start(Frames())
print('tracing:', tracemalloc.is_tracing(), 'limit:', tracemalloc.get_traceback_limit())
tracemalloc.start(3)  # already tracing: nothing changes, the limit included
print('limit after a second start:', tracemalloc.get_traceback_limit())
keep = [bytes(100) for _ in range(10)]
current, peak = tracemalloc.get_traced_memory()
print('traced memory:', type(current).__name__, type(peak).__name__, current > 0, peak >= current)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit, type(snap.traces).__name__, len(snap.traces) > 0)
trace = snap.traces[0]
print(type(trace).__name__, trace.domain, type(trace.size).__name__, type(trace.traceback).__name__)
print('frames per traceback at most 7:', all(1 <= len(t.traceback) <= 7 for t in snap.traces))
print('total_nframe >= frames:', all(t.traceback.total_nframe >= len(t.traceback) for t in snap.traces))
print(repr(snap.traces) == '<Traces len=%d>' % len(snap.traces))
print('stop:', tracemalloc.stop(), tracemalloc.is_tracing())
print('limit kept after stop:', tracemalloc.get_traceback_limit())
print('traced memory after stop:', tracemalloc.get_traced_memory())
print('snapshot still readable:', len(snap.traces) > 0, snap.traces[0] == trace)
tracemalloc.start()
print('default limit again:', tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.stop()
print('stopping twice is fine:', tracemalloc.is_tracing())
