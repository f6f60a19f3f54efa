import tracemalloc
import gc
gc.collect()

tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()

def delta():
    cur, peak = tracemalloc.get_traced_memory()
    return cur - base

big = [0] * 100000
print("list of 100000:", delta() >= 800000)
del big
print("after del back near zero:", delta() < 10000)
s = "x" * 1000000
print("str 1MB:", 1000000 <= delta() < 1010000)
del s
tracemalloc.reset_peak()
tmp = bytearray(500000)
del tmp
cur, peak = tracemalloc.get_traced_memory()
print("peak remembers:", peak - base >= 500000, "current small:", cur - base < 10000)

snap1 = tracemalloc.take_snapshot()
data = [str(i) * 10 for i in range(5000)]
snap2 = tracemalloc.take_snapshot()
stats = snap2.compare_to(snap1, "lineno")
top = stats[0]
print("top diff line:", top.traceback[0].lineno, top.count_diff >= 5000, top.size_diff > 0)
print("type:", type(top).__name__, type(top.traceback).__name__)
snap3 = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
lines = snap3.statistics("lineno")
print("our file lines >= 1:", len(lines) >= 1)
print("first stat line:", lines[0].traceback[0].lineno)
print("stat str format ok:", str(lines[0]).startswith(lines[0].traceback[0].filename))
del data
print("is_tracing", tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
print("after stop:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
print(tracemalloc.get_object_traceback(object()))
