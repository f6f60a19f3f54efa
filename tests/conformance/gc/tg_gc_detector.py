# test_gc's GC_Detector: a weakref callback notices that an automatic collection happened.
import gc
import weakref

gc.collect()


class GC_Detector:
    def __init__(self):
        self.gc_happened = False

        def it_happened(ignored):
            self.gc_happened = True

        self.wr = weakref.ref(Loop(), it_happened)


class Loop:
    def __init__(self):
        self.me = self


detector = GC_Detector()
junk = []
i = 0
while not detector.gc_happened:
    i += 1
    if i > 10000:
        print('no automatic collection')
        break
    junk.append([])
print(detector.gc_happened, 600 < i < 800)
