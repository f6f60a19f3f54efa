values = [3, 8, 1, 9, 4]
print([y for x in values if (y := x * 2) > 6])
if (n := len(values)) > 3:
    print('long list', n)
data = iter(['a', 'b', '', 'c'])
while (item := next(data)) != '':
    print('item', item)
print(y, n)
