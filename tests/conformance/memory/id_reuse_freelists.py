# Freed objects' memory is reused at once by the next object of the same kind.
l1 = []
i = id(l1)
del l1
print(id([]) == i)
d1 = {}
j = id(d1)
del d1
print(id({}) == j)
t1 = (1, 2, 3)
x = 4
t1 = (x, x, x)
k = id(t1)
del t1
print(id((x, 5, 6)) == k)
a = float('1.5')
m = id(a)
del a
print(id(float('2.5')) == m)
