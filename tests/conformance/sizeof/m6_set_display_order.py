print({1, 17, 33, 49, 2, 18})
print({49, 33, 17, 1})
print({1, 1, 2, 2, 3})
print({1, True, 1.0})
s = {8, 16, 24, 32, 40, 48, 56}
print(s)
x = {'a', 'b', 'c'}
print(sorted(x))
print({(1, 2), (3, 4), (1, 2)})
