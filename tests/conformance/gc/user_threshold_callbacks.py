# set_threshold experiments with get_count() printed while allocating, gc.callbacks
# recording each collection, timing callbacks, freeze/unfreeze, argument errors and a
# callback that raises.
import gc

events = []

def on_gc(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
print("default threshold:", gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(10, 2, 2)
gc.callbacks.append(on_gc)

class Blob:
    def __init__(self, i):
        self.i = i
        self.me = self

counts = []
for i in range(35):
    b = Blob(i)
    counts.append(gc.get_count())
del b
print("counts while allocating:")
for i in range(0, len(counts), 7):
    print("  ", counts[i:i + 7])
print("events:", len(events))
for e in events:
    print("  ", e)

events.clear()
gc.set_threshold(*old)
lists = []
for i in range(2000):
    lists.append([i])
print("after 2000 lists, any collections:", len(events) > 0)
print("gens seen:", sorted({e[1] for e in events}))
gc.callbacks.remove(on_gc)

gc.set_threshold(0)
print("threshold 0:", gc.get_threshold())
for i in range(5):
    x = {}
    x["x"] = x
print("count with auto disabled:", gc.get_count()[0] >= 5)
print("collect:", gc.collect())
gc.set_threshold(*old)

import time
durations = []
start = [0.0]
def timer(phase, info):
    if phase == "start":
        start[0] = time.perf_counter()
    else:
        durations.append((info["generation"], time.perf_counter() - start[0] >= 0))
gc.callbacks.append(timer)
gc.collect(0)
gc.collect(1)
gc.collect()
gc.callbacks.remove(timer)
print("timed:", durations)

gc.collect()
gc.freeze()
print("frozen count > 0:", gc.get_freeze_count() > 0)
a = []
a.append(a)
del a
print("collect after freeze:", gc.collect())
gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())

try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()

class BadCallback:
    def __call__(self, phase, info):
        raise RuntimeError("callback failed")
    def __repr__(self):
        return "<BadCallback>"
cb_bad = BadCallback()
gc.callbacks.append(cb_bad)
gc.collect()
gc.callbacks.remove(cb_bad)
print("done")
