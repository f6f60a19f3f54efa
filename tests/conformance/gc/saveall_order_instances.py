# Under DEBUG_SAVEALL the garbage keeps allocation order, across generations.
import gc

gc.collect()


class N:
    def __init__(self, name):
        self.name = name


old = N('old')
old.me = old
gc.collect(0)
young1 = N('young1')
young2 = N('young2')
young1.other, young2.other = young2, young1
del old, young1, young2
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect())
print([o.name for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
