points = [(1, (2, 3)), (4, (5, 6))]
for x, (y, z) in points:
    print(x + y + z)
records = [('ann', 'dev', 31), ('bob', 'ops', 25)]
for name, *_, age in records:
    print(name, age)
d = {'a': [1, 2], 'b': [3, 4]}
for key, (first, second) in d.items():
    print(key, first * second)
(a, b), c = 'xy', 'z'
print(a, b, c)
