import tracemalloc
l = list(range(1000))
tracemalloc.start()
x = list(enumerate(l))
snap = tracemalloc.take_snapshot()
from collections import Counter
c = Counter(t.size for t in snap.filter_traces([tracemalloc.Filter(True, __file__, 4)]).traces)
print(sorted(c.items()))
