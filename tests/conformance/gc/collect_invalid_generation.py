import gc

for g in (-1, 3, 10):
    try:
        gc.collect(g)
    except ValueError as e:
        print(g, 'ValueError:', e)
try:
    gc.collect('2')
except TypeError as e:
    print('TypeError:', e)
print(gc.collect(generation=2))
