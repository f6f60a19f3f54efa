# Tracemalloc as a user drives it: peaks, compare_to by line, filters, statistics by file and
# traceback, object tracebacks, clear/reset, dump/load, and the blocks of generators and frames.
import tracemalloc, gc, sys

warm = [{"id": i, "name": "w"} for i in range(300)]
del warm
tracemalloc.start(5)
print("tracing:", tracemalloc.is_tracing(), "frames:", tracemalloc.get_traceback_limit())

def build(n):
    return [str(i) * 3 for i in range(n)]

def build_dicts(n):
    return [{"id": i, "name": "x" * 10} for i in range(n)]

cur0, peak0 = tracemalloc.get_traced_memory()
data = build(1000)
cur1, peak1 = tracemalloc.get_traced_memory()
print("list of 1000 strs grew by", cur1 - cur0)
del data
cur2, peak2 = tracemalloc.get_traced_memory()
print("after del back to start:", cur2 - cur0, "peak above start:", peak2 - cur0)
tracemalloc.reset_peak()
_, peak3 = tracemalloc.get_traced_memory()
print("reset_peak -> peak == current:", peak3 == tracemalloc.get_traced_memory()[0])

snap1 = tracemalloc.take_snapshot()
dicts = build_dicts(200)
snap2 = tracemalloc.take_snapshot()
stats = snap2.compare_to(snap1, "lineno")
top = [s for s in stats if s.size_diff > 0 and s.traceback[0].filename == __file__][:3]
for s in top:
    fr = s.traceback[0]
    print(f"  line {fr.lineno}: +{s.size_diff} B in {s.count_diff} blocks")

filt = snap2.filter_traces([tracemalloc.Filter(True, __file__)])
by_file = filt.statistics("filename")
print("filename stats entries:", len(by_file), by_file[0].traceback[0].filename == __file__)
tb_stats = filt.statistics("traceback")
print("traceback stats first frame count:", len(tb_stats[0].traceback))
for line in tb_stats[0].traceback.format()[:4]:
    print("   ", line.strip().replace(__file__, "<file>"))

obj = {"big": list(range(100))}
tb = tracemalloc.get_object_traceback(obj)
print("object traceback line:", tb[0].lineno if tb else None)
print("untraced object:", tracemalloc.get_object_traceback(None))

size_before = tracemalloc.get_traced_memory()[0]
tracemalloc.clear_traces()
print("after clear_traces:", tracemalloc.get_traced_memory())
print("old objects have no traceback:", tracemalloc.get_object_traceback(obj))

snap = tracemalloc.take_snapshot()
snap.dump("/tmp/snap.bin")
loaded = tracemalloc.Snapshot.load("/tmp/snap.bin")
print("loaded traces equal:", len(loaded.traces) == len(snap.traces), loaded.traceback_limit)

excl = snap2.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
print("excluded tracemalloc's own file:", all(t.traceback[0].filename != tracemalloc.__file__ for t in excl.traces))
dom = snap2.filter_traces([tracemalloc.DomainFilter(True, 0)])
print("domain 0 traces kept:", len(dom.traces) == len(snap2.traces))

def peak_of(fn):
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    fn()
    return tracemalloc.get_traced_memory()[1] - base

print("peak list(range(10000)):", peak_of(lambda: list(range(10000))))
print("peak sum(generator):", peak_of(lambda: sum(i for i in range(10000))))
print("peak sum(list comp):", peak_of(lambda: sum([i for i in range(10000)])))
print("peak bytes(100000):", peak_of(lambda: bytes(100000)))
print("peak 'x'*100000:", peak_of(lambda: "x" * 100000))
print("peak bytearray(100000):", peak_of(lambda: bytearray(100000)))

# generators and frame objects are one block each, of their getsizeof
def gen_of(n):
    total = 0
    for i in range(n):
        total += i
        yield total
def frame_of(a, b):
    c = a + b
    return sys._getframe()
gen_of(1); frame_of(1, 2)
s1 = tracemalloc.take_snapshot()
g = gen_of(3)
fr = frame_of(1, 2)
s2 = tracemalloc.take_snapshot()
mine = [t for t in s2.traces if t.traceback[-1].filename == __file__ and t.traceback[-1].lineno > 70]
print("generator block:", sorted(t.size for t in mine if t.traceback[-1].lineno == 86), sys.getsizeof(g))
print("frame block:", sorted(t.size for t in mine if t.traceback[-1].lineno == 83), sys.getsizeof(fr))
del fr
def first_home():
    return [{"n": i} for i in range(100)]
homes = first_home()
del homes
probe = {"fresh": [1, 2]}
tb = tracemalloc.get_object_traceback(probe)
print("dict from the free list takes the current line:", tb[0].lineno, len(tb))
tracemalloc.stop()
print("stopped:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
