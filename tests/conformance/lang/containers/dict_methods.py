d = {'a': 1, 'b': 2}
d['c'] = 3
d.update({'a': 10}, d=4)
print(d, len(d), 'a' in d, 10 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.setdefault('e', 5), d.setdefault('a', 0))
print(d.pop('b'), d.pop('zz', 'none'), d.popitem(), d)
del d['a']
print(d, dict.fromkeys('xy', 0), dict([('k', 'v')]), dict(zip('ab', (1, 2))))
print({**d, 'new': 1}, d | {'c': 30})
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
for k, v in sorted({'z': 1, 'y': 2}.items()):
    print(k, v)
