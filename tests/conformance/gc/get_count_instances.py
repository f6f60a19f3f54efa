# Allocating GC objects bumps generation 0's count; freeing them lowers it.
import gc

gc.collect()
gc.disable()


class C:
    pass


c0 = gc.get_count()[0]
objs = [C() for _ in range(100)]
c1 = gc.get_count()[0]
print('after 100 instances:', c1 - c0)
del objs
c2 = gc.get_count()[0]
print('after del:', c2 - c1)
