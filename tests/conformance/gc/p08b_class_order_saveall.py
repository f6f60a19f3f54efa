# P8 order: the objects of a deleted class, in the order the collector found them.
import gc

gc.collect()


class Tmp:
    pass


del Tmp
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect())
print([type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
