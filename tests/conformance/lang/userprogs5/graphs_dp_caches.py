import heapq
from collections import defaultdict, deque, OrderedDict, Counter, namedtuple, ChainMap
from functools import lru_cache, cache
import bisect
import json
import csv
import io
import itertools
import sys

Edge = namedtuple("Edge", "src dst weight")
EDGES = """a b 4
a c 2
b c 5
b d 10
c e 3
e d 4
d f 11
e f 20
g h 1"""


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj.setdefault(v, {})

    @classmethod
    def parse(cls, text, **kw):
        g = cls(**kw)
        for line in text.strip().splitlines():
            u, v, w = line.split()
            g.add(u, v, int(w))
        return g

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for v in sorted(self.adj[start]):
            if v not in seen:
                yield from self.dfs(v, seen)

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            raise KeyError(f"{dst!r} unreachable from {src!r}")
        node, out = dst, [dst]
        while node != src:
            node = prev[node]
            out.append(node)
        return out[::-1], dist[dst]

    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                comp = list(self.dfs(u, seen))
                comps.append(sorted(comp))
        return comps

    def mst_prim(self):
        start = min(self.adj)
        seen = {start}
        edges = [(w, start, v) for v, w in self.adj[start].items()]
        heapq.heapify(edges)
        total, used = 0, []
        while edges:
            w, u, v = heapq.heappop(edges)
            if v in seen:
                continue
            seen.add(v)
            total += w
            used.append(Edge(u, v, w))
            for x, wx in self.adj[v].items():
                if x not in seen:
                    heapq.heappush(edges, (wx, v, x))
        return total, used


def toposort(deps):
    indeg = Counter()
    for k, vs in deps.items():
        indeg.setdefault(k, 0)
        for v in vs:
            indeg[v] += 0
            indeg[k] += 1
    rev = defaultdict(list)
    for k, vs in deps.items():
        for v in vs:
            rev[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    heapq.heapify(ready)
    out = []
    while ready:
        n = heapq.heappop(ready)
        out.append(n)
        for m in rev[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(ready, m)
    if len(out) != len(indeg):
        raise ValueError(f"cycle among {sorted(set(indeg) - set(out))}")
    return out


g = Graph.parse(EDGES)
print("bfs", g.bfs("a"), "dfs", list(g.dfs("a")))
print("dijkstra", sorted(g.dijkstra("a")[0].items()))
print("path", g.path("a", "f"))
try:
    g.path("a", "h")
except KeyError as e:
    print("KeyError", e, e.args)
print("components", g.components())
total, used = g.mst_prim()
print("mst", total, [tuple(e) for e in used], used[0]._fields, used[0].weight)
print(toposort({"app": ["lib", "utils"], "lib": ["utils", "core"], "utils": ["core"], "core": [], "docs": []}))
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("ValueError", e)


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"), edit_distance.cache_info())
edit_distance.cache_clear()
print(edit_distance.cache_info(), edit_distance.__wrapped__("ab", "ba"))


@cache
def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    return sum(partitions(n - i, i) for i in range(1, min(n, k) + 1))


print([partitions(i) for i in range(15)], partitions(100))


def lcs(a, b):
    m = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            m[i + 1][j + 1] = m[i][j] + 1 if x == y else max(m[i][j + 1], m[i + 1][j])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif m[i - 1][j] >= m[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def knapsack(items, cap):
    memo = {}
    def best(i, c):
        if i == len(items):
            return 0, ()
        if (i, c) in memo:
            return memo[i, c]
        name, w, v = items[i]
        res = best(i + 1, c)
        if w <= c:
            sub_v, sub_items = best(i + 1, c - w)
            if sub_v + v > res[0]:
                res = (sub_v + v, (name,) + sub_items)
        memo[i, c] = res
        return res
    return best(0, cap)


print(lcs("AGGTAB", "GXTXAYB"), knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))


class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
        self.hits = self.misses = 0

    def get(self, k, default=None):
        if k in self.d:
            self.d.move_to_end(k)
            self.hits += 1
            return self.d[k]
        self.misses += 1
        return default

    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            old = self.d.popitem(last=False)
            print("  evict", old)

    def __repr__(self):
        return f"LRU({list(self.d.items())}, hits={self.hits}, misses={self.misses})"


c = LRU(3)
for op in "put a 1|put b 2|get a|put c 3|put d 4|get b|get c|put e 5|get a|get d".split("|"):
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
    else:
        print("  get", parts[1], c.get(parts[1], "-"))
print(c, c.d, OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(c.d) == {"a": 1})

scores = [55, 62, 70, 78, 85, 91, 99]
grades = "FDCBA"
cut = [60, 70, 80, 90]
print([grades[bisect.bisect(cut, s)] for s in scores], bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 70))
bisect.insort(scores, 80)
print(scores, bisect.bisect(scores, 1000), heapq.nlargest(3, scores), heapq.nsmallest(2, scores, key=lambda s: -s))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), heapq.heappushpop([5, 7], 3), heapq.heapreplace([1, 5], 9))
cm = ChainMap({"debug": True}, {"debug": False, "port": 80})
print(cm["debug"], cm["port"], len(cm), cm.new_child({"port": 8080})["port"], list(cm.keys()), cm.maps)

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["node", "dist", "note"])
for node, d in sorted(g.dijkstra("a")[0].items()):
    w.writerow([node, d, "far, away" if d > 10 else 'say "hi"'])
text = buf.getvalue()
print(text, end="")
rows = list(csv.DictReader(io.StringIO(text)))
print(rows[-1], len(rows))
data = {"graph": {k: dict(sorted(v.items())) for k, v in sorted(g.adj.items())}, "mst": used[:2], "set": {1, 2}}
print(json.dumps(data, default=lambda o: sorted(o) if isinstance(o, set) else repr(o), sort_keys=True)[:200])
back = json.loads(json.dumps({"e": [1, 2.5, None, True], "n": {"x": "y"}}), object_hook=lambda d: {k.upper(): v for k, v in d.items()}, parse_float=lambda s: f"<{s}>")
print(back)
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([1, "x", {"k": None}], indent="\t"), json.dumps({(1, 2): 3} if False else {1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps("üñí", ensure_ascii=True), json.loads('"\\ud83d\\ude00"'), json.dumps(1e20), json.dumps(float("nan")))
sys.setrecursionlimit(80)
def depth(n):
    return 1 + depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
