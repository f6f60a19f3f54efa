import tracemalloc, linecache
tracemalloc.start(10)

def build_table(n):
    return {i: "value %d" % i for i in range(n)}

def build_list(n):
    return [bytes(64) for _ in range(n)]

t = build_table(600)
l = build_list(1200)
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces((
    tracemalloc.Filter(False, "<frozen importlib._bootstrap>"),
    tracemalloc.Filter(False, "<unknown>"),
    tracemalloc.Filter(False, tracemalloc.__file__),
))
top = snap.statistics("lineno")
for stat in top[:3]:
    frame = stat.traceback[0]
    print(frame.lineno, stat.count > 300, stat.size > 20000, linecache.getline(frame.filename, frame.lineno).strip())
by_file = snap.statistics("filename")
print(len(by_file) >= 1, by_file[0].traceback[0].filename == __file__)
tb_stats = snap.statistics("traceback")
st = tb_stats[0]
print("traceback frames", len(st.traceback) >= 2)
for line in st.traceback.format()[-4:]:
    print(line.rstrip())
total = sum(s.size for s in top)
print("total > 100k", total > 100000)
del t
snap2 = tracemalloc.take_snapshot().filter_traces((tracemalloc.Filter(True, __file__),))
for d in snap2.compare_to(snap.filter_traces((tracemalloc.Filter(True, __file__),)), "lineno")[:2]:
    print(d.traceback[0].lineno, d.size_diff < 0, d.count_diff < 0)
print(str(tracemalloc.Filter(True, "x.py").filename_pattern), tracemalloc.Filter(True, "x.py", 3).lineno)
tracemalloc.stop()
