# Automatic collections in a fresh program, without calling gc.collect() first.
import gc

seen = []


def cb(phase, info):
    if phase == 'start':
        seen.append((info['generation'], gc.get_count()[1:]))


gc.callbacks.append(cb)


class Node:
    def __init__(self):
        self.peer = self


junk = []
for i in range(3000):
    junk.append(Node())
gc.callbacks.remove(cb)
print(len(seen) > 0)
print(sorted(set(g for g, _ in seen)))
print(gc.get_count()[1] <= 10, gc.get_count()[2] <= 10)
