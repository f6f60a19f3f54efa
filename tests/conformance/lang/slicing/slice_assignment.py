l = list(range(8))
l[2:4] = ['a', 'b', 'c']
print(l)
l[::3] = [0, 0, 0]
print(l)
l[1:1] = [9, 9]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
l[:] = []
print(l)
try:
    m = [1, 2, 3, 4]
    m[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
