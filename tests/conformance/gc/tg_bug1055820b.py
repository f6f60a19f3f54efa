# test_gc.test_bug1055820b: weakref callbacks see None for referents in the trash.
import gc
import weakref

gc.collect()
ouch = []


def callback(ignored):
    ouch[:] = [wr() for wr in WRs]


class D:
    def __init__(self, i):
        self.i = i
        self.loop = self


Cs = [D(i) for i in range(2)]
WRs = [weakref.ref(c, callback) for c in Cs]
c = None
del Cs
gc.collect()
print(len(ouch))
print(ouch)
