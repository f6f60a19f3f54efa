# P4: list -> tuple -> list -> list cycle.
import gc

gc.collect()
x = []
y = [x]
x.append((y, 1))
del x, y
print(gc.collect())
