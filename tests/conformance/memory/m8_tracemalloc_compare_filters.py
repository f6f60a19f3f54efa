import tracemalloc
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
data = []
def grow():
    for i in range(200):
        data.append("item-%d" % i * 3)
grow()
s2 = tracemalloc.take_snapshot()
filt = [tracemalloc.Filter(True, __file__)]
s1 = s1.filter_traces(filt)
s2 = s2.filter_traces(filt)
diffs = s2.compare_to(s1, "lineno")
top = diffs[0]
print(type(top).__name__)
print(top.traceback[0].lineno, top.count_diff > 0, top.size_diff > 0)
print(top.count == top.count_diff)
stats = s2.statistics("filename")
print(len(stats), stats[0].traceback[0].filename == __file__)
stats = s2.statistics("lineno")
print([s.traceback[0].lineno for s in stats][:3])
st = s2.statistics("traceback")
print(type(st[0]).__name__, len(st[0].traceback) >= 1)
try:
    s2.statistics("bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    s2.compare_to(s1, "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    s2.statistics("lineno", cumulative=True)
except ValueError as e:
    print("ValueError:", e)
print(len(s2.filter_traces([tracemalloc.Filter(False, __file__)]).traces))
d = tracemalloc.DomainFilter(True, 0)
print(d.inclusive, d.domain, repr(d)[:20])
print(len(s2.filter_traces([d]).traces) == len(s2.traces))
print(len(s2.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
f = tracemalloc.Filter(True, "x.py", 3, all_frames=True, domain=None)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
tracemalloc.stop()
