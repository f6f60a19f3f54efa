# DEBUG_COLLECTABLE prints one stderr line per collectable object; with no garbage, nothing.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
keep = []
keep.append(keep)
print(gc.collect())
gc.set_debug(0)
print(gc.get_debug())
