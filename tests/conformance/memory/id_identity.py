a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
x = 10**20
y = x
print(x is y, id(x) == id(y))
print(isinstance(id(a), int), id(a) > 0)
