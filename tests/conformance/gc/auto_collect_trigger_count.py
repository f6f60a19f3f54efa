# The automatic collection starts inside the allocation that pushes count0 past 700.
import gc

gc.collect()
counts = []


def cb(phase, info):
    if phase == 'start':
        counts.append(gc.get_count())


class C:
    pass


keep = []
gc.callbacks.append(cb)
for i in range(1000):
    keep.append(C())
gc.callbacks.remove(cb)
print(counts)
