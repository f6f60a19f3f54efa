# P6 order: with DEBUG_SAVEALL, gc.garbage receives the unreachable objects in collection
# order: the cell, the closure tuple, then the function.
import gc

gc.collect()


def mk():
    def f():
        return f

    return f


f = mk()
del f
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect())
print([type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
