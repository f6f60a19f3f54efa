# pprint of nested containers, widths, depth, compact, dataclasses, collections types, recursion.
import pprint
data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 5, 'nested': {'x': list(range(30)), 'y': (1, 2, {3: 'four'})}, 'long': 'x' * 90}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat(list(range(50)), compact=True))
pp = pprint.PrettyPrinter(indent=2, depth=2)
pp.pprint(data)
print(pprint.saferepr(data)[:60], pprint.isreadable(data), pprint.isrecursive(data))
l = [1, 2]; l.append(l); print(pprint.pformat(l).split(" with")[0])
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: list
pprint.pprint(P(1, list(range(40))))
pprint.pp({'b': 1, 'a': 2})
from collections import Counter, OrderedDict, defaultdict, deque
words = "the quick brown fox jumps over the lazy dog the end".split()
pprint.pprint(Counter(words))
pprint.pprint(OrderedDict((w, len(w)) for w in words[:8]), width=30)
dd = defaultdict(list)
for w in words: dd[w[0]].append(w)
pprint.pprint(dd, width=50)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint({frozenset({1, 2}), frozenset({3})})
pprint.pprint(set(range(25)), width=30)
pprint.pprint("a long string that will be wrapped across lines because it is long " * 3, width=40)
pprint.pprint(b"bytes " * 20, width=40)
pprint.pprint([[1, 2, 3]] * 3, width=10)
pprint.pprint({'x': 1_000_000, 'y': 12345678}, underscore_numbers=True)
print(pprint.pformat({'k': [1, {'deep': [2, [3, [4, [5]]]]}]}, depth=3))
pprint.pprint(((1,), (), [()], {}), width=5)
class R:
    def __repr__(self): return "R()"
pprint.pprint([R(), R()])
