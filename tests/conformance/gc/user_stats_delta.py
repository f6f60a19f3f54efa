# gc.get_stats() deltas around collections of each generation.
import gc
def snap():
    return [dict(d) for d in gc.get_stats()]
gc.collect()
before = snap()
class Cyc:
    def __init__(self):
        self.me = self
for i in range(25):
    Cyc()
gc.collect(0)
gc.collect(1)
gc.collect()
after = snap()
for g, (b, a) in enumerate(zip(before, after)):
    print(g, {k: a[k] - b[k] for k in a})
print(sorted(gc.get_stats()[0].keys()))
print(len(gc.get_stats()))
