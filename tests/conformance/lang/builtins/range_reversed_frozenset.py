r = range(2, 20, 3)
print(r[0], r[-1], r[2:4], r[::-1], r[::2][1], len(r), r.start, r.stop, r.step)
print(r.index(8), r.count(8), r.count(9), 11 in r, 12 in r, 11.0 in r, list(reversed(r)))
print(range(0) == range(5, 5), range(0, 3) == range(3), hash(range(3)) == hash(range(0, 3)), range(1, 2, 5) == range(1, 3, 7))
try: r[10]
except IndexError as e: print(e)
try: r['a']
except TypeError as e: print(e)
try: r.index(9)
except ValueError as e: print(e)
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed('ab')).__name__, type(reversed(d)).__name__)
for x in (5, {1, 2}):
    try: reversed(x)
    except TypeError as e: print(e)
it = reversed(d)
d['z'] = 0
try: next(it)
except RuntimeError as e: print(e)
print(frozenset(x for x in 'abca') == frozenset('abc'), sorted(frozenset(range(3))), frozenset(iter([1, 1])))
