# test_gc.test_bug1055820c: an automatic gen-0 collection indirectly frees an old object whose
# weakref callback looks at other trash; it must see None.
import gc
import weakref

gc.collect()


class C1055820:
    def __init__(self, i):
        self.i = i
        self.loop = self


class GC_Detector:
    def __init__(self):
        self.gc_happened = False

        def it_happened(ignored):
            self.gc_happened = True

        self.wr = weakref.ref(C1055820(666), it_happened)


c0 = C1055820(0)
gc.collect()
c1 = C1055820(1)
c1.keep_c0_alive = c0
del c0.loop
c2 = C1055820(2)
c2wr = weakref.ref(c2)
ouch = []


def callback(ignored):
    ouch[:] = [c2wr()]


c0wr = weakref.ref(c0, callback)
c0 = c1 = c2 = None
junk = []
i = 0
detector = GC_Detector()
while not detector.gc_happened:
    i += 1
    if i > 10000:
        print("gc didn't happen after 10000 iterations")
        break
    if ouch:
        print('callback ran too early')
    junk.append([])
print(len(ouch), ouch)
