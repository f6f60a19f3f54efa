# frozenset() of every kind of iterable: str, bytes, ranges, dicts, generators, iterators,
# classes with __iter__, subclasses; errors for non-iterables and unhashable items.


class Numbers:
    def __iter__(self):
        return iter([3, 1, 2, 3])


class Tagged(frozenset):
    pass


def gen():
    yield 'b'
    yield 'a'


sources = ['hello', b'bytes', range(5), {'k': 1, 'j': 2}, gen(), iter([1, 1, 2]), Numbers(),
           (x * 2 for x in range(3)), {4, 5}, frozenset({6}), [7, 7], (8,), '', reversed('ab')]
for src in sources:
    fs = frozenset(src)
    print(type(fs).__name__, sorted(fs, key=repr), len(fs))
fs = frozenset('abc')
print(frozenset(fs) is fs, Tagged('xy') == {'x', 'y'}, type(Tagged('xy')).__name__)
print(frozenset('aab') == frozenset('ba'), hash(frozenset('ab')) == hash(frozenset('ba')))
for bad in (5, None, [[1]], 'a' + 'b' if False else [{}]):
    try:
        frozenset(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    frozenset('a', 'b')
except TypeError as e:
    print('TypeError:', e)
