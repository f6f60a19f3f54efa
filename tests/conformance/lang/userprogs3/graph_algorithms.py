import heapq
from collections import defaultdict, deque, namedtuple
from functools import lru_cache, cmp_to_key, reduce
from operator import itemgetter, attrgetter
from typing import Dict, List, Tuple, Iterable

Edge = namedtuple("Edge", "src dst weight")

class Graph:
    def __init__(self, directed: bool = False) -> None:
        self.adj: Dict[str, List[Tuple[str, int]]] = defaultdict(list)
        self.directed = directed

    def add(self, u: str, v: str, w: int = 1) -> "Graph":
        self.adj[u].append((v, w))
        if not self.directed:
            self.adj[v].append((u, w))
        else:
            self.adj.setdefault(v, [])
        return self

    def edges(self) -> Iterable[Edge]:
        for u, nbrs in self.adj.items():
            for v, w in nbrs:
                if self.directed or u < v:
                    yield Edge(u, v, w)

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        out = [start]
        for v, _ in sorted(self.adj[start]):
            if v not in seen:
                out += self.dfs(v, seen)
        return out

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u]:
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indeg[v] += 1
        ready = [u for u, d in indeg.items() if d == 0]
        heapq.heapify(ready)
        out = []
        while ready:
            u = heapq.heappop(ready)
            out.append(u)
            for v, _ in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(out) != len(indeg):
            raise ValueError(f"cycle detected among {sorted(set(indeg) - set(out))}")
        return out


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True


def kruskal(g: Graph):
    uf = UnionFind(list(g.adj))
    mst = [e for e in sorted(g.edges(), key=attrgetter("weight", "src")) if uf.union(e.src, e.dst)]
    return mst, sum(map(itemgetter(2), mst))


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]:
    g.add(u, v, w)
print("bfs", g.bfs("A"))
print("dfs", g.dfs("A"))
dist, prev = g.dijkstra("A")
print(sorted(dist.items(), key=itemgetter(1, 0)))
print(g.path("A", "F"), g.path("A", "H"))
mst, total = kruskal(g)
print(total, mst[:3], mst[0]._asdict(), mst[0]._replace(weight=0))

dag = Graph(directed=True)
for a in ["shirt tie", "tie jacket", "pants shoes", "pants belt", "belt jacket", "shirt belt", "socks shoes", "undershorts pants", "undershorts shoes"]:
    dag.add(*a.split())
print(dag.toposort())
dag.add("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print("error:", e)

@lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(16, 16), grid_paths.cache_info())
grid_paths.cache_clear()
print(grid_paths.cache_info())

def lcs(a, b, memo=None):
    memo = {} if memo is None else memo
    if not a or not b:
        return ""
    key = (len(a), len(b))
    if key in memo:
        return memo[key]
    if a[-1] == b[-1]:
        r = lcs(a[:-1], b[:-1], memo) + a[-1]
    else:
        r = max(lcs(a[:-1], b, memo), lcs(a, b[:-1], memo), key=len)
    memo[key] = r
    return r

print(lcs("AGGTABQWERTY", "GXTXAYBWRT"))

def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c:
                dp[i][c] = max(dp[i][c], dp[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return dp[-1][-1], sorted(chosen)

print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))

@lru_cache(maxsize=3)
def coin_change(amount, coins=(1, 5, 10, 25)):
    if amount == 0:
        return 0
    return 1 + min(coin_change(amount - c, coins) for c in coins if c <= amount)

print([coin_change(a) for a in (0, 7, 12, 16)], coin_change.cache_info())

def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = "pear fig apple kiwi banana date plum cherry".split()
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
print(reduce(lambda acc, w: acc + len(w), words, 0), reduce(max, map(len, words)))
records = [{"name": n, "age": a} for n, a in zip(words, [30, 25, 30, 22, 25, 40, 22, 30])]
print([r["name"] for r in sorted(records, key=itemgetter("age", "name"), reverse=True)])
print(itemgetter(1, 3)(words), attrgetter("real", "imag")(3 + 4j))
