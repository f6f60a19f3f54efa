names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, ages)), list(zip('ab', range(5))), list(zip()))
print(list(map(str.upper, names)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, '', 'x', None])), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(sorted(zip(ages, names)), sorted(names, key=len), sorted('bca', reverse=True))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), len(range(0, 100, 7)), 14 in range(0, 100, 7))
