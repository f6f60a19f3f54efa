import itertools as it
from itertools import islice

c = it.count()
print(next(c), next(c), repr(c), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.count(0, 1.0)), repr(it.count(2, 1)))
print(list(islice(it.count(10, -3), 4)), list(islice(it.count(0.5, 0.25), 3)), list(zip('ab', it.count(1))))
print(list(islice(it.cycle('abc'), 7)), list(it.cycle([])), list(islice(it.cycle(iter([1, 2])), 5)))
r = it.repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r), list(it.repeat(1, -1)), list(islice(it.repeat(7), 3)), repr(it.repeat('a')))
print(list(map(pow, range(5), it.repeat(2))))
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(['xy', 'z'])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 3)), list(islice('abc', None)), list(islice('abc', 5, 10)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a), it.tee('ab', 0), len(it.tee('ab', 3)), [list(t) for t in it.tee('xyz', 3)])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], lambda x, y: x * y)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')), list(it.accumulate([1, 2], initial=100)))
print([(k, list(g)) for k, g in it.groupby('aaabccdaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
groups = [(k, g) for k, g in it.groupby('aabbc')]
print([(k, list(g)) for k, g in groups])
print([k for k, g in it.groupby('')], [k for k, g in it.groupby('aabbbc')])
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1, 1])), list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.product('ab', range(2))), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('abc', 2)), list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.permutations('', 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('a', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), sum(1 for _ in it.product(range(5), repeat=4)))
print(type(it.chain()).__name__, type(it.count()), it.chain.__module__, type(it.tee([1])[0]).__name__)
g = it.groupby([1])
print(type(next(g)[1]).__name__)

# laziness
def noisy():
    for i in range(3):
        print('yield', i)
        yield i
m = it.takewhile(lambda x: x < 1, noisy())
print('made')
print(list(m))
z = it.chain(noisy(), noisy())
print(next(z))

errors = [
    lambda: it.islice([1], -1),
    lambda: it.islice([1], 0, 5, 0),
    lambda: it.islice([1], 'a'),
    lambda: it.islice([1], -1, 3),
    lambda: it.permutations([1], -1),
    lambda: it.combinations([1], -1),
    lambda: it.tee([1], -1),
    lambda: it.repeat(),
    lambda: it.count('a'),
    lambda: next(it.chain(1)),
    lambda: it.product([1], repeat=-1),
    lambda: it.combinations([1]),
    lambda: it.accumulate(),
    lambda: it.starmap(len),
    lambda: it.islice([1]),
    lambda: it.cycle(),
    lambda: it.compress([1]),
    lambda: it.pairwise(),
    lambda: it.groupby(),
    lambda: it.takewhile(len),
    lambda: list(it.starmap(pow, [1])),
    lambda: list(it.islice(range(10), 1.5)),
    lambda: it.chain(x=1),
    lambda: it.cycle(5),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
