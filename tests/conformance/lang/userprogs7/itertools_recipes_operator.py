import itertools as it
from itertools import groupby, accumulate, pairwise, product, permutations, combinations, tee, islice, chain, zip_longest, starmap, count, cycle, repeat, compress, dropwhile, takewhile, filterfalse, combinations_with_replacement
import operator

data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, grp in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(grp))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max, initial=2)))
print(list(pairwise("abcd")), list(pairwise([1])))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 3)), list(combinations_with_replacement("ab", 3)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(islice(count(10, 5), 3, 8, 2)), list(islice("abcdefg", 4)), list(islice(range(100), None, None, 30)))
print(list(chain.from_iterable(["ab", "cd", [1, 2]])))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(islice(cycle("xy"), 5)), list(repeat("z", 3)), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(filterfalse(str.isdigit, "a1b2c3")))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))

def batched(iterable, n):
    itr = iter(iterable)
    while batch := tuple(islice(itr, n)):
        yield batch
print(list(batched(range(10), 4)))

def sliding(iterable, n):
    its = tee(iterable, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(list(sliding(range(6), 3)))

def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))

def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(repr(count(3)), repr(count(1.5, 0.5)), repr(repeat(1, 2)), repr(repeat("a")))
c = count()
next(c); next(c)
print(c)
g = groupby("aab")
k, grp = next(g)
print(k, type(grp).__name__, list(grp))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(sum(1 for _ in permutations(range(5))), len(list(combinations(range(10), 4))))
try:
    list(islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(permutations("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    zip_longest([1], fill=2)
except TypeError as e:
    print("TypeError:", e)
print(list(zip("ab", "xyz", strict=False)))
try:
    list(zip("ab", "xyz", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(operator.add, [1, 2], [10, 20, 30])))
print(list(it.accumulate("abc")), list(enumerate("ab", start=5)))
print(operator.itemgetter(1, 0)(["x", "y"]), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
