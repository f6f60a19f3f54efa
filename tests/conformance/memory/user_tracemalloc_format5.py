# tracemalloc statistics and tracebacks formatted as users print them: str(Statistic), format(limit,
# most_recent_first), cumulative stats, _format_size, object tracebacks of a 3-deep call.
import tracemalloc, linecache

def level3(n):
    return [bytes(100) for _ in range(n)]
def level2(n):
    return level3(n)
def level1(n):
    return level2(n)

tracemalloc.start(10)
s1 = tracemalloc.take_snapshot()
keep = level1(50)
keep2 = [bytearray(5000) for _ in range(3)]
s2 = tracemalloc.take_snapshot()
f = [tracemalloc.Filter(True, __file__)]
s1f, s2f = s1.filter_traces(f), s2.filter_traces(f)
for st in s2f.statistics("traceback")[:2]:
    print(str(st).replace(__file__, "<f>"))
    for line in st.traceback.format(limit=3):
        print("   |", line.replace(__file__, "<f>"))
    for line in st.traceback.format(limit=2, most_recent_first=True):
        print("   >", line.replace(__file__, "<f>"))
    print("   repr:", repr(st.traceback).replace(__file__, "<f>")[:80])
for st in s2f.compare_to(s1f, "lineno")[:2]:
    print(str(st).replace(__file__, "<f>"))
for st in s2f.compare_to(s1f, "filename", cumulative=True)[:3]:
    print(str(st).replace(__file__, "<f>"))
for st in s2f.statistics("lineno", cumulative=True)[:4]:
    print(str(st).replace(__file__, "<f>"))
tb = tracemalloc.get_object_traceback(keep[0])
print("object tb len:", len(tb), tb.total_nframe, [fr.lineno for fr in tb])
print("frame str:", str(tb[0]).replace(__file__, "<f>"), repr(tb[0]).replace(__file__, "<f>"))
st = s2f.statistics("filename")[0]
print("filename stat:", st.count, st.size, str(st).replace(__file__, "<f>"))
print("size formats:", [tracemalloc._format_size(x, False) for x in (0, 1, 1023, 10240, 10 ** 6, 10 ** 9, 10 ** 13)])
print("signed:", [tracemalloc._format_size(x, True) for x in (-5, 0, 5, -20480)])
t = s2f.traces[0]
print("trace:", type(t).__name__, t.size, str(t).replace(__file__, "<f>")[:60])
print("len traces:", len(s2f.traces), s2f.traces[0] == s2f.traces[0])
tracemalloc.stop()
