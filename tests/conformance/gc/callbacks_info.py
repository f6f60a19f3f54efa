# The info dict given to callbacks for an explicit collection.
import gc

gc.collect()
log = []


def cb(phase, info):
    log.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
print(gc.collect())
print(gc.collect(1))
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
