import tracemalloc, os, tempfile
tracemalloc.start(3)
data = [str(i) * 10 for i in range(1000)]
snap = tracemalloc.take_snapshot()
path = os.path.join(tempfile.gettempdir(), "snap.pickle")
snap.dump(path)
print(os.path.exists(path), os.path.getsize(path) > 0)
loaded = tracemalloc.Snapshot.load(path)
print(type(loaded).__name__, loaded.traceback_limit, len(loaded.traces) == len(snap.traces))
st1 = snap.statistics('lineno')[:3]
st2 = loaded.statistics('lineno')[:3]
print(st1 == st2)
print([ (s.traceback[0].lineno, s.count) for s in st2])
os.remove(path)
tracemalloc.stop()
