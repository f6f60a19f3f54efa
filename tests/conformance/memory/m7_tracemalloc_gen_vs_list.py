import tracemalloc
import sys

def measure(label, fn):
    tracemalloc.start()
    tracemalloc.reset_peak()
    result = fn()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return label, result, current, peak

def with_list():
    return sum([i * i for i in range(100000)])

def with_gen():
    return sum(i * i for i in range(100000))

def with_map():
    return sum(map(lambda i: i * i, range(100000)))

rows = [measure("list comprehension", with_list), measure("generator expression", with_gen),
        measure("map + lambda", with_map)]
for label, result, current, peak in rows:
    print(f"{label:<22} result={result} peak>=800000:{peak >= 800000} peak<10000:{peak < 10000}")
print("same results:", len({r[1] for r in rows}) == 1)

tracemalloc.start()
snap0 = tracemalloc.take_snapshot()
big = [bytes(1000) for _ in range(100)]
snap1 = tracemalloc.take_snapshot()
top = snap1.compare_to(snap0, "lineno")[0]
print("biggest growth line:", top.traceback[0].lineno, "count_diff:", top.count_diff, "size_diff>=100000:", top.size_diff >= 100000)
del big
snap2 = tracemalloc.take_snapshot()
shrink = snap2.compare_to(snap1, "lineno")
freed = [s for s in shrink if s.traceback[0].lineno == top.traceback[0].lineno]
print("freed on that line:", freed[0].count_diff, freed[0].size_diff <= -100000)
tracemalloc.stop()
print("getsizeof list vs gen:", sys.getsizeof([i for i in range(1000)]), sys.getsizeof(i for i in range(1000)))
