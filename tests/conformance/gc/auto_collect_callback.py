# Automatic generation-0 collection, observed through gc.callbacks.
import gc

gc.collect()
seen = []


def cb(phase, info):
    seen.append((phase, info['generation']))


gc.callbacks.append(cb)


class C:
    pass


keep = []
for i in range(800):
    keep.append(C())
gc.callbacks.remove(cb)
print(seen[:2])
print(len(seen) >= 2)
