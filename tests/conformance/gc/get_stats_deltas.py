# collect(0) only bumps generation 0's stats, collect(2) only generation 2's.
import gc

gc.collect()


def snap():
    return [(s['collections'], s['collected'], s['uncollectable']) for s in gc.get_stats()]


before = snap()
l = []
l.append(l)
del l
gc.collect(0)
after0 = snap()
print([tuple(a - b for a, b in zip(x, y)) for x, y in zip(after0, before)])
d = {}
d['d'] = d
del d
gc.collect(2)
after2 = snap()
print([tuple(a - b for a, b in zip(x, y)) for x, y in zip(after2, after0)])
gc.collect(1)
print([tuple(a - b for a, b in zip(x, y)) for x, y in zip(snap(), after2)])
