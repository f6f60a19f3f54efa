x = y = z = []
x.append(1)
print(x, y, z, x is z)
a = b = 5
a += 1
print(a, b)
l = [0, 1, 2]
i = 0
i, l[i] = 1, 9
print(i, l)
m, n = n, m = 1, 2
print(m, n)
