d = {}
for k in ['banana', 'apple', 'cherry']:
    d[k] = len(k)
print(list(d))
d['apple'] = 0
print(list(d))
del d['banana']
d['banana'] = 1
print(list(d))
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
print(list(reversed(d)))
