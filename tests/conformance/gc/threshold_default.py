import gc

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(100, 5, 3)
print(gc.get_threshold())
gc.set_threshold(-5, 2, 10)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
