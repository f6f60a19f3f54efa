# The sequence of automatic collections (generation and counts at each start) while a
# program keeps making small reference cycles, from a fresh collection.
import gc

gc.collect()
events = []


def cb(phase, info):
    if phase == 'start':
        events.append((info['generation'], gc.get_count()))


gc.set_threshold(50, 3, 3)
gc.callbacks.append(cb)


class Pair:
    def __init__(self):
        self.other = Pair.__new__(Pair)
        self.other.other = self


keep = []
for i in range(400):
    p = Pair()
    if i % 4 == 0:
        keep.append(p)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(events))
print(events[:12])
print(sorted({g for g, _ in events}))
