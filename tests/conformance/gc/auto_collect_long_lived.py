# Full collections are skipped until the pending long-lived objects reach 25% of the total.
import gc

gc.collect()
full = []


def cb(phase, info):
    if phase == 'stop' and info['generation'] == 2:
        full.append(len(keep))


class Node:
    pass


keep = []
gc.callbacks.append(cb)
for i in range(300_000):
    keep.append(Node())
gc.callbacks.remove(cb)
print(len(full))
print([n // 10000 for n in full])
