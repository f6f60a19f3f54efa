import itertools as it, operator
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([])))
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched (3.12)")
print(list(it.product([1, 2], "ab", [True])), len(list(it.permutations(range(5), 3))), list(it.combinations([], 0)), list(it.combinations("ab", 3)))
g = it.groupby(sorted("mississippi")); print([(k, "".join(v)) for k, v in g])
keys = [k for k, _ in it.groupby([1, 1, 2, 1])]; print(keys)
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
c = it.count(1.5, 0.5); print([next(c) for _ in range(3)], repr(c))
r = it.repeat("x", 2); print(repr(r), list(r), repr(it.repeat(None)))
print(list(it.zip_longest()), list(it.chain()), list(it.starmap(operator.add, zip([1, 2], [3, 4]))), list(it.islice("abcdef", 1, None, 2)))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress(range(5), it.cycle([1, 0]))), next(it.pairwise([1])) if False else list(it.pairwise([1])))
def sliding(iterable, n):
    win = []
    for x in iterable:
        win.append(x)
        if len(win) > n: win.pop(0)
        if len(win) == n: yield tuple(win)
def flatten(list_of_lists): return it.chain.from_iterable(list_of_lists)
def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def take(n, iterable): return list(it.islice(iterable, n))
def tabulate(function, start=0): return map(function, it.count(start))
print(list(sliding(range(6), 3)), list(flatten([[1], [2, 3]])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
evens, odds = partition(lambda x: x % 2, range(10)); print(list(evens), list(odds), nth(range(10), 3), nth([], 1, "d"), all_equal("aaa"), all_equal("aab"), quantify([1, 0, 2]))
print(list(ncycles("ab", 2)), take(4, tabulate(lambda x: x * x)), list(it.takewhile(lambda x: x < 3, it.count())))
