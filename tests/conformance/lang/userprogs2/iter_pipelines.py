import itertools as it
from itertools import groupby, accumulate, chain, islice, tee, zip_longest, product, permutations, combinations
import operator

records = [("fruit", "apple", 3), ("fruit", "banana", 5), ("veg", "carrot", 2), ("veg", "daikon", 1), ("fruit", "cherry", 7), ("nut", "almond", 4)]
for key, grp in groupby(sorted(records), key=lambda r: r[0]):
    g = list(grp)
    print(key, [n for _, n, _ in g], sum(q for *_, q in g))
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print([k for k, _ in groupby([1, 1, 2, 2, 1])])
gb = groupby("aabb")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(chain.from_iterable(["ab", [1, 2], (3,)])), list(chain("xy", range(2))), list(chain()))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 5)), list(islice(naturals(), 2, 12, 3)), list(islice("abcdef", None, None, 2)), list(islice(range(10), 8, None)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
t1, t2, t3 = tee("xyz", 3)
print(list(zip(t1, t2, t3)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))), list(product()))
print(list(permutations([1, 2, 3], 2)), len(list(permutations(range(5)))), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)), list(combinations(range(3), 0)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(zip(it.count(10, 5), "abc")), list(islice(it.count(0.5, 0.25), 3)))
print(list(it.pairwise("abcd")) if hasattr(it, "pairwise") else None)

def read_lines(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        yield name.strip(), int(value)

def running_total(pairs):
    total = 0
    for name, v in pairs:
        total += v
        yield name, v, total

cfg = """
# config
a = 1
b = 22
  c=333
# end
"""
for row in running_total(parse(read_lines(cfg))):
    print(row)

def chunked(iterable, n):
    it_ = iter(iterable)
    while chunk := list(islice(it_, n)):
        yield chunk
print(list(chunked(range(10), 4)))

def gen_with_return():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return x + y
g = gen_with_return()
print(next(g), g.send(5))
try:
    g.send(10)
except StopIteration as e:
    print("returned", e.value)
def delegator():
    r = yield from gen_with_return()
    yield ("result", r)
d = delegator()
print(next(d), d.send(1), d.send(2))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), list(gen))
print(sorted(set(map(lambda s: s.lower(), "A b B a C".split()))), max(range(10), key=lambda x: (x % 3, -x)))
print(list(map(operator.add, [1, 2, 3], [10, 20])), list(filter(str.isdigit, "a1b2c3")), dict(zip("abc", it.count())))
print(list(reversed(range(0, 10, 3))), list(enumerate("ab", start=5)), any(x > 3 for x in [1, 5]), all([]))
nested = [[1, [2, 3]], [4], [], [[5, [6]]]]
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten(nested)))
it2 = iter([1, 2])
print(next(it2), next(it2), next(it2, "done"))
try:
    next(it2)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
try:
    list(islice(naturals(), -1))
except ValueError as e:
    print(e)
try:
    list(permutations([1], -1))
except ValueError as e:
    print(e)
