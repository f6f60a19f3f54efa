import sys

samples = ['é', 'éa', 'ÿÿÿ', '€', '€€', 'a€', '😀', '😀😀', 'a😀', '\u00e9' * 10, '\u4e2d\u6587']
for s in samples:
    print(len(s), max(map(ord, s)) > 255, sys.getsizeof(s))
