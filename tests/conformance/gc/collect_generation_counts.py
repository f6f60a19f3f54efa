# How collecting one generation moves the counts of the older ones.
import gc

gc.collect()
gc.disable()
gc.collect()
print(gc.get_count()[1:])
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(0)
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])
