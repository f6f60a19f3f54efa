import tracemalloc
tracemalloc.start()
cur0, peak0 = tracemalloc.get_traced_memory()
data = [str(i) * 10 for i in range(1000)]
cur1, peak1 = tracemalloc.get_traced_memory()
print("grew", cur1 - cur0 > 50000, peak1 >= cur1)
snap = tracemalloc.take_snapshot()
stats = snap.statistics("lineno")
top = stats[0]
print(top.traceback[0].lineno, top.count, top.size > 50000)
print(str(top).split(":")[1])
del data
cur2, _ = tracemalloc.get_traced_memory()
print("freed", cur2 < cur1)
tracemalloc.reset_peak()
_, peak3 = tracemalloc.get_traced_memory()
print("reset peak", peak3 < peak1)
snap1 = tracemalloc.take_snapshot()
big = [bytearray(1000) for _ in range(100)]
snap2 = tracemalloc.take_snapshot()
diff = snap2.compare_to(snap1, "lineno")
d0 = diff[0]
print(d0.traceback[0].lineno, d0.count_diff, d0.size_diff >= 100000)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
size = tracemalloc.get_tracemalloc_memory()
print(size > 0)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
def alloc():
    return [0] * 100000
x = alloc()
tb = tracemalloc.get_object_traceback(x)
print(len(tb), [f.lineno for f in tb])
print(tb.format()[0].strip())
tracemalloc.stop()
