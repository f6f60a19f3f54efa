import gc

print(gc.garbage, type(gc.garbage).__name__)
gc.collect()
print(gc.garbage)
