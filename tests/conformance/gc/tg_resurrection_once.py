# test_gc.test_resurrection_only_happens_once_per_object
import gc

gc.collect()


class A:
    def __init__(self):
        self.me = self


class Lazarus(A):
    resurrected = 0
    resurrected_instances = []

    def __del__(self):
        Lazarus.resurrected += 1
        Lazarus.resurrected_instances.append(self)


laz = Lazarus()
print(gc.is_finalized(laz))
del laz
gc.collect()
print(Lazarus.resurrected, gc.is_finalized(Lazarus.resurrected_instances[0]))
Lazarus.resurrected_instances.clear()
print(gc.collect(), Lazarus.resurrected)
