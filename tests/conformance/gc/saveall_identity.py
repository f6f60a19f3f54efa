# DEBUG_SAVEALL keeps the very objects, identity intact, and counts them.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = []
l.append(l)
lid = id(l)
del l
print(gc.collect())
print(len(gc.garbage), id(gc.garbage[0]) == lid)
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
