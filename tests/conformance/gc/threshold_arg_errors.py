import gc

try:
    gc.set_threshold()
except TypeError as e:
    print('TypeError:', e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
try:
    gc.set_threshold('7')
except TypeError as e:
    print('TypeError:', e)
print(gc.get_threshold())
