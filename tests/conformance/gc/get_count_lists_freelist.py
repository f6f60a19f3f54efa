# Lists go to a free list of 80 when freed; free-list reuse does not move the count.
import gc

gc.collect()
gc.disable()
c0 = gc.get_count()[0]
objs = [[] for _ in range(100)]
c1 = gc.get_count()[0]
print('100 lists:', c1 - c0)
del objs
c2 = gc.get_count()[0]
print('del:', c2 - c1)
objs = [[] for _ in range(100)]
c3 = gc.get_count()[0]
print('100 lists again:', c3 - c2)
del objs
print('del again:', gc.get_count()[0] - c3)
