import bisect
import heapq
import statistics as st
from collections import Counter, defaultdict, deque, ChainMap, OrderedDict, namedtuple
from functools import reduce, total_ordering
from itertools import groupby, accumulate, chain, islice
from operator import itemgetter, attrgetter, methodcaller
import string

sales = [
    ("north", "apple", 3, 1.20), ("south", "pear", 5, 0.80), ("north", "pear", 2, 0.85),
    ("east", "apple", 7, 1.10), ("south", "apple", 1, 1.25), ("east", "plum", 4, 2.00),
    ("north", "plum", 6, 1.95), ("west", "apple", 2, 1.15), ("west", "pear", 9, 0.75),
]
Sale = namedtuple("Sale", "region item qty price")
rows = [Sale(*r) for r in sales]
by_region = defaultdict(list)
for r in rows:
    by_region[r.region].append(r)
for region in sorted(by_region):
    total = sum(r.qty * r.price for r in by_region[region])
    print(f"{region:<6}{len(by_region[region]):>3}{total:>9.2f}")
keyf = attrgetter("item")
for item, grp in groupby(sorted(rows, key=keyf), key=keyf):
    g = list(grp)
    print(item, [r.region for r in g], sum(map(attrgetter("qty"), g)))
qty = Counter()
for r in rows:
    qty[r.item] += r.qty
print(qty, qty.most_common(2), sorted(qty.elements())[:5], +qty, qty["kiwi"])
c2 = Counter(apple=5, pear=20, kiwi=1)
print(qty + c2, qty - c2, qty & c2, qty | c2, c2.total())
c2.subtract({"kiwi": 3})
print(c2, -c2, Counter("abracadabra").most_common(3), Counter(a=1) == Counter(a=1, b=0))
prices = sorted(r.price for r in rows)
print(prices, bisect.bisect(prices, 1.15), bisect.bisect_left(prices, 1.15), bisect.bisect_right(prices, 5))
print(bisect.bisect_left(rows, 5, key=attrgetter("qty")) if False else bisect.insort(prices, 1.0), prices[:3])
sorted_by_qty = sorted(rows, key=attrgetter("qty"))
i = bisect.bisect_left(sorted_by_qty, 5, key=attrgetter("qty"))
print(i, sorted_by_qty[i].qty)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=True)))
h = []
for r in rows:
    heapq.heappush(h, (-r.qty, r.region, r.item))
print([heapq.heappop(h) for _ in range(3)], heapq.heappushpop(h, (0, "z", "z")), heapq.heapreplace(h, (-100, "a", "a")), h[0])
data = [r.qty for r in rows]
print(st.mean(data), st.median(data), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.mode([1, 1, 2]), st.multimode("aabbc"))
print(round(st.pstdev(data), 6), round(st.variance(data), 6), st.quantiles(data, n=4), st.harmonic_mean([1, 2, 4]), st.fmean([1, 2, 3.5]), st.geometric_mean([1, 4]))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6]), st.median_grouped([1, 2, 2, 3]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(list(accumulate(data)), list(accumulate(data, max)), list(accumulate(data, initial=100))[:3])
print(list(chain(*[[1, 2], [3]])), list(islice(chain.from_iterable(repeat for repeat in ["ab", "cd"]), 3)))
print(reduce(lambda acc, r: acc + r.qty * r.price, rows, 0.0), list(map(methodcaller("upper"), ["a", "b"])))
dq = deque(maxlen=3)
for x in range(6):
    dq.append(x)
dq.appendleft(-1); dq.rotate(1)
print(dq, dq.maxlen, list(reversed(dq)), dq.count(4), dq.index(4))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], dict(cm), cm.maps, cm.new_child({"a": 0})["a"], list(cm.parents))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a"); od["z"] = 1; od.move_to_end("z", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9.9"), Version("1.0") <= Version("0.1"))
fmt = string.Formatter()
print(fmt.format("{0}-{name!r:>6}", 1, name="x"), list(fmt.parse("a{b:>3}c{d!s}")))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9), "{0!a} {0!r} {0!s}".format("é"), "{0[1]} {0[x]}".format({1: "one", "x": "ex"}) if False else "{0[1]}".format([5, 6]))
print(string.capwords("hello   big world"), string.ascii_letters[:5], string.digits, string.hexdigits, string.punctuation[:5])
words = "the cat sat on the mat the end".split()
pos = defaultdict(list)
for i, w in enumerate(words):
    pos[w].append(i)
print(dict(pos), sorted(pos, key=lambda w: (-len(pos[w]), w)))
print(sorted(sales, key=itemgetter(1, 0))[:3], sorted(sales, key=lambda s: (s[0], -s[2]), reverse=True)[:2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix[::-1])], [row[::-1] for row in matrix], sum(matrix[i][i] for i in range(3)))
print([[sum(a * b for a, b in zip(r, c)) for c in zip(*matrix)] for r in matrix])
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident, [[matrix[j][i] for j in range(3)] for i in range(3)] == [list(t) for t in zip(*matrix)])
flat = [x for row in matrix for x in row if x % 2]
print(flat, [[0] * 3 for _ in range(2)], {(i, j): i * j for i in range(2) for j in range(2)})
