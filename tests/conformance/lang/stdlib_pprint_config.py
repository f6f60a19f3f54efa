# Pretty-printing configuration and results the way programs dump them.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

config = {
    'name': 'pymm',
    'gc': {'thresholds': (700, 10, 10), 'debug': False, 'generations': [{'count': 0, 'objects': []}] * 3},
    'heap': {'arena_size': 262144, 'pool_size': 16384, 'size_classes': list(range(16, 513, 16))},
    'paths': ['/usr/lib/python3.11', '/usr/local/lib/python3.11/site-packages', '/home/user/project/src'],
    'limits': {'recursion': 1000, 'int_max_str_digits': 4300},
    'empty': {},
}
pprint.pprint(config)
pprint.pprint(config, width=120, compact=True)
pprint.pp(config, depth=2)
print(pprint.pformat(config['heap'], compact=True, width=60))
text = pprint.pformat(config, indent=2, width=50, sort_dicts=False)
print(text.count('\n'), 'lines')
print(text)

words = 'the cat sat on the mat the end and the cat ran'.split()
freq = Counter(words)
pprint.pprint(freq)
pprint.pprint(freq, width=30)
index = defaultdict(list)
for i, w in enumerate(words):
    index[w].append(i)
pprint.pprint(index, width=40)
pprint.pprint(OrderedDict(sorted(freq.items())), width=40)
pprint.pprint(deque(words, maxlen=8), width=30)
matrix = [[i * j for j in range(8)] for i in range(8)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=30, compact=True)
pprint.pprint({'mixed': {3: 'int', 'a': 'str', 2.5: 'float', None: 'none', (1, 2): 'tuple'}})
nested = {'level1': {'level2': {'level3': {'level4': {'level5': 'deep'}}}}}
for depth in (1, 2, 3, None):
    pprint.pprint(nested, depth=depth)
long_text = {'doc': 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.'}
pprint.pprint(long_text)
pprint.pprint(long_text, width=40)
printer = pprint.PrettyPrinter(indent=4, width=40)
printer.pprint(config['gc'])
print(printer.pformat([1, [2, [3, [4, [5]]]]]), printer.isreadable(config), printer.isrecursive(config))
print(pprint.saferepr(config['limits']), pprint.isreadable(config['limits']))
