# Automatic collections seen through gc.callbacks while thresholds change, get_stats deltas,
# collect(n) results, DEBUG_SAVEALL, get_objects per generation and freeze/unfreeze.
import gc

log = []

def cb(phase, info):
    if phase == "start":
        log.append(("start", info["generation"]))
    else:
        log.append(("stop", info["generation"], info["collected"], info["uncollectable"]))

class Node:
    def __init__(self, i):
        self.i = i
        self.other = None

def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.other = b
        b.other = a

gc.collect()
gc.callbacks.append(cb)
print("threshold:", gc.get_threshold())
gc.set_threshold(50, 5, 5)
make_cycles(200)
starts = [e for e in log if e[0] == "start"]
stops = [e for e in log if e[0] == "stop"]
print("automatic collections:", len(starts))
print("generations seen:", sorted(set(e[1] for e in starts)))
print("total collected:", sum(e[2] for e in stops))
print("uncollectable:", sum(e[3] for e in stops))
for e in stops[:6]:
    print("  ", e)
log.clear()

gc.set_threshold(1)
x = []
for i in range(5):
    x.append([i])
print("threshold 1, collections during 5 appends:", len([e for e in log if e[0] == "start"]))
log.clear()

gc.set_threshold(0)
make_cycles(100)
print("threshold 0 disables:", len(log), gc.isenabled())
print("explicit collect:", gc.collect())
print("log after explicit:", log[-1])
log.clear()

gc.set_threshold(700, 10, 10)

# a callback that allocates and collects nothing itself
allocations = []
def greedy(phase, info):
    allocations.append([phase, dict(info)])
gc.callbacks.append(greedy)
gc.collect(1)
print("greedy saw:", [a[0] for a in allocations], allocations[-1][1]["generation"])
gc.callbacks.remove(greedy)

# get_stats deltas around a known amount of garbage
before = gc.get_stats()
make_cycles(30)
n = gc.collect()
after = gc.get_stats()
print("collect found", n)
for g in range(3):
    d = {k: after[g][k] - before[g][k] for k in after[g]}
    print("  gen", g, d)

# collect(0), collect(1), collect(2) return values
for gen in (0, 1, 2):
    make_cycles(10)
    print(f"collect({gen}) ->", gc.collect(gen), "count now", gc.get_count())

gc.callbacks.remove(cb)
print("callbacks left:", gc.callbacks)

# DEBUG_SAVEALL
gc.set_debug(gc.DEBUG_SAVEALL)
make_cycles(3)
gc.collect()
print("garbage:", len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()

# get_objects by generation
class Marker:
    pass
ms = [Marker() for _ in range(7)]
print("gen0 Markers:", sum(1 for o in gc.get_objects(0) if isinstance(o, Marker)))
gc.collect(0)
print("gen1 Markers:", sum(1 for o in gc.get_objects(1) if isinstance(o, Marker)))
gc.collect(1)
print("gen2 Markers:", sum(1 for o in gc.get_objects(2) if isinstance(o, Marker)))

gc.freeze()
print("freeze count > 0:", gc.get_freeze_count() > 0)
print("gen2 after freeze:", sum(1 for o in gc.get_objects(2) if isinstance(o, Marker)))
gc.unfreeze()
print("freeze count:", gc.get_freeze_count())
print("gen2 after unfreeze:", sum(1 for o in gc.get_objects(2) if isinstance(o, Marker)))
