# What does taking a snapshot cost? The traces list is built without being traced, so the
# traced memory grows by only the list object and the Snapshot wrapper, not by the
# thousands of tuples inside it.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
data = [str(i) * 10 for i in range(1000)]
before = tracemalloc.get_traced_memory()[0]
snap = tracemalloc.take_snapshot()
after = tracemalloc.get_traced_memory()[0]
print("traces in snapshot:", len(snap.traces) > 1000)
print("snapshot cost under 2 KiB:", after - before < 2048)
traces = snap.traces._traces
print("traces list traced:", tracemalloc.get_object_traceback(traces) is not None)
print("a trace tuple traced:", tracemalloc.get_object_traceback(traces[0]))
snap2 = tracemalloc.take_snapshot()
stats = snap2.compare_to(snap, "filename")
print("growth between snapshots under 4 KiB:", sum(s.size_diff for s in stats) < 4096)
del data
print("freed:", tracemalloc.get_traced_memory()[0] < before)
tracemalloc.stop()
