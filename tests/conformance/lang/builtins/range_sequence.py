# range as a sequence: indexing (ints, negative, __index__), slicing into new ranges,
# start/stop/step, len, in, index/count, reversed, equality and hash as sequences.


class Idx:
    def __index__(self):
        return 2


for r in (range(10), range(2, 20, 3), range(20, 2, -4), range(0), range(5, 5), range(-3, 3), range(7, -8, -5)):
    print(repr(r), len(r), list(r), list(reversed(r)), bool(r))
    print('  start/stop/step', r.start, r.stop, r.step)
    if len(r):
        print('  items', r[0], r[-1], r[len(r) // 2], r[Idx()] if len(r) > 2 else None)
    for sl in (slice(None, None, -1), slice(1, None), slice(None, -1, 2), slice(-100, 100), slice(3, 1), slice(None, None, -3)):
        print('  slice', sl, r[sl], list(r[sl]))
    print('  in', [x in r for x in (-3, 0, 2, 5, 8, 11, 20, 2.0, True, 'a')])

r = range(2, 20, 3)
print(r.index(8), r.count(8), r.count(9), r.count(8.0))
for bad in (9, 'x', 30):
    try:
        r.index(bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in (6, -7, 10**30):
    try:
        r[bad]
    except IndexError as e:
        print('IndexError:', e)
try:
    r['a']
except TypeError as e:
    print('TypeError:', e)
print(range(0) == range(4, 4), range(0, 3, 2) == range(0, 4, 2), range(3) == range(3), range(3) != range(4), range(1) == [0])
print(hash(range(0)) == hash(range(5, 5)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(1, 2)) == hash(range(1, 5, 7)))
print({range(3): 'a'}[range(0, 3)], sorted(set(range(5)) - set(range(2, 8))))
it = reversed(range(5))
print(type(it).__name__, next(it), list(it), list(reversed(range(0))))
total = 0
for i in reversed(range(1, 101)):
    total += i
print(total, sum(range(1, 101)), max(range(7)), min(range(3, 9, 2)))
