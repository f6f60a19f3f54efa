import gc

print(gc.collect())
print(gc.collect())
print(gc.collect(0), gc.collect(1), gc.collect(2))
