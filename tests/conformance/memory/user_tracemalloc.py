# tracemalloc as a user measures: snapshots, compare_to, traced memory, peak, object tracebacks.
import tracemalloc
tracemalloc.start()
print(tracemalloc.is_tracing())
snap1 = tracemalloc.take_snapshot()
data = [str(i) * 10 for i in range(1000)]
more = {i: [i] for i in range(200)}
snap2 = tracemalloc.take_snapshot()
stats = snap2.compare_to(snap1, "lineno")
for st in stats[:2]:
    print(st.traceback[0].lineno, st.count_diff > 0, st.size_diff > 0)
cur, peak = tracemalloc.get_traced_memory()
print(cur > 0, peak >= cur)
del data
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 < cur, peak2 == peak)
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] == tracemalloc.get_traced_memory()[0] or True)
top = snap2.statistics("lineno")
print(len(top) >= 2, top[0].size >= top[1].size)
print(tracemalloc.get_traceback_limit())
obj = [1, 2, 3]
tb = tracemalloc.get_object_traceback(obj)
print(tb[0].lineno if tb else None)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
