data = [3, 0, 5]
print(all(data), any(data), all(x >= 0 for x in data), any(x > 4 for x in data))
print(all([]), any([]), all([[]]), any([[]]))
print(list(map(bool, [0, 0.0, '', [], {}, set(), None, 1, 'a', [0]])))
