import tracemalloc
tracemalloc.start()
def kb(n): return n // 1024
cur0, peak0 = tracemalloc.get_traced_memory()
print(type(cur0).__name__, type(peak0).__name__)
big = [b"x" * 1000 for _ in range(1000)]
cur1, peak1 = tracemalloc.get_traced_memory()
print("current grew > 1MB:", cur1 - cur0 > 1_000_000)
del big
cur2, peak2 = tracemalloc.get_traced_memory()
print("current back:", cur2 - cur0 < 100_000)
print("peak kept:", peak2 >= peak1 > 1_000_000)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("peak reset near current:", peak3 - cur3 < 10_000)
small = [b"y" * 100 for _ in range(100)]
cur4, peak4 = tracemalloc.get_traced_memory()
print("new peak small:", 10_000 < peak4 - peak3 < 100_000)
print(tracemalloc.is_tracing())
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
try:
    tracemalloc.start(-1)
except ValueError as e:
    print("ValueError:", e)
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
