# Over many allocations, generation 1 is collected every 11th time and generation 2 rarely
# (the long-lived 25% rule); observed through callbacks.
import gc

gc.collect()
per_gen = [0, 0, 0]


def cb(phase, info):
    if phase == 'stop':
        per_gen[info['generation']] += 1


class Node:
    pass


keep = []
gc.callbacks.append(cb)
for i in range(100_000):
    keep.append(Node())
gc.callbacks.remove(cb)
print(per_gen)
