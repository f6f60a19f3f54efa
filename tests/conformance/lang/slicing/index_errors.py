l = [1, 2, 3]
for bad in (3, -4):
    try:
        l[bad]
    except IndexError as e:
        print('IndexError:', e)
try:
    l['a']
except TypeError as e:
    print('TypeError:', e)
try:
    l[1.0]
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2)[5]
except IndexError as e:
    print('IndexError:', e)
try:
    'abc'[10]
except IndexError as e:
    print('IndexError:', e)
print(l[True], l[-1])
