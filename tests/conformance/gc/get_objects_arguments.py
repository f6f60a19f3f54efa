import gc

print(len(gc.get_objects()) == len(gc.get_objects(None)) or 'differ')
for bad in (1000, 3, -1000, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print(bad, 'ValueError:', e)
for bad in ('1', 1.234):
    try:
        gc.get_objects(bad)
    except TypeError as e:
        print(repr(bad), 'TypeError:', e)
x = [1]
print(any(o is x for o in gc.get_objects(-1)))
