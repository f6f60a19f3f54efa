# Each registered callback sees exactly one start and one stop per collection.
import gc

gc.collect()
a, b = [], []
gc.callbacks.append(lambda p, i: a.append(p))
gc.callbacks.append(lambda p, i: b.append(p))
gc.collect()
print(a, b)
gc.callbacks.clear()
gc.collect()
print(a, b, gc.callbacks)
