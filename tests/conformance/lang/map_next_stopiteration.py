# A StopIteration raised inside a built-in iterator's step (map's function calling next(),
# filter's predicate) ends the iteration, as PyIter_Next clears it.
print(list(map(next, [iter([])])))
print(list(map(next, [iter([1]), iter([]), iter([3])])))


def g():
    yield from map(next, [iter([5])])


print(list(g()))
print([x for x in map(lambda i: next(iter([])) if i else i, [0, 1, 2])])
print(list(filter(lambda v: next(iter([])) if v == 2 else True, [1, 2, 3])))
print(sum(map(next, [iter([10]), iter([20]), iter([])])))
print(dict(zip('ab', map(next, [iter([1]), iter([])]))))
for i, v in enumerate(map(next, [iter('x'), iter('')])):
    print(i, v)
it = map(next, [iter([]), iter([7])])
print(list(it), list(it))
