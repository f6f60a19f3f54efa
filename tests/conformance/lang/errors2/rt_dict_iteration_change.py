d = {'a': 1, 'b': 2}
for k in d:
    del d[k]
