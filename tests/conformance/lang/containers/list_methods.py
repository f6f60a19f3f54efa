l = [5, 3, 8, 1]
l.append(9)
l.insert(0, 7)
l.extend([2, 2])
print(l, len(l))
print(l.pop(), l.pop(0), l, l.index(8), l.count(2))
l.remove(2)
l.sort()
print(l)
l.sort(reverse=True, key=lambda x: x % 3)
print(l)
l.reverse()
print(l, l.copy() == l, l.copy() is l)
print(sorted(['b', 'A', 'c'], key=str.lower), [3, 1] + [2], [0] * 3)
try:
    l.remove(100)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
