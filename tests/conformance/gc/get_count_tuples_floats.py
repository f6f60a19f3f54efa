# Tuples reuse their free list; floats are not GC objects at all.
import gc

gc.collect()
gc.disable()
c0 = gc.get_count()[0]
objs = [(i,) for i in range(100)]
c1 = gc.get_count()[0]
print('100 tuples:', c1 - c0)
del objs
c2 = gc.get_count()[0]
print('del:', c2 - c1)
objs = [(i,) for i in range(100)]
c3 = gc.get_count()[0]
print('again:', c3 - c2)
del objs
c4 = gc.get_count()[0]
fl = [float(i) for i in range(50)]
print('floats (only the list):', gc.get_count()[0] - c4)
