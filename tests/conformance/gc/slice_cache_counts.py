# slice objects come from a one-slot cache (stocked at startup): reuse costs no count, and
# a freed slice goes back there when the cache is empty.
import gc
gc.disable()
c = gc.get_count()[0]; s = slice(1, 2); print(gc.get_count()[0] - c)
c = gc.get_count()[0]; t = slice(3, 4); print(gc.get_count()[0] - c)
c = gc.get_count()[0]; del s; print(gc.get_count()[0] - c)
c = gc.get_count()[0]; u = slice(5, 6); print(gc.get_count()[0] - c)
c = gc.get_count()[0]; del t, u; print(gc.get_count()[0] - c)
c = gc.get_count()[0]; x = [1, 2, 3][0:2]; print(gc.get_count()[0] - c)
c = gc.get_count()[0]; v = slice(7, 8, 9); print(gc.get_count()[0] - c)
print(v, v.start, v.stop, v.step, [1, 2, 3, 4][::2], gc.is_tracked(v))
gc.enable()
