from graphlib import TopologicalSorter, CycleError
from functools import lru_cache
from bisect import bisect_left

class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

edges = sorted([(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8), (6, 8, 6), (4, 2, 5), (2, 6, 5), (7, 2, 3), (14, 3, 5), (9, 3, 4), (10, 5, 4)])
dsu = DSU(9)
mst = [(u, v, w) for w, u, v in edges if dsu.union(u, v)]
print('MST', mst, 'weight', sum(w for *_, w in mst))

deps = {'app': {'lib', 'utils'}, 'lib': {'core'}, 'utils': {'core'}, 'tests': {'app'}}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter(deps)
ts.prepare()
while ts.is_active():
    ready = sorted(ts.get_ready())
    print('build', ready)
    ts.done(*ready)
try:
    list(TopologicalSorter({'a': {'b'}, 'b': {'c'}, 'c': {'a'}}).static_order())
except CycleError as e:
    print('cycle:', e.args[0], e.args[1])

def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t

def kmp_search(text, p):
    t, k, hits = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = t[k - 1]
    return hits

print(kmp_table('abacabab'), kmp_search('abababcabababab', 'abab'))

@lru_cache(maxsize=None)
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    return min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))

print(edit('kitten', 'sitting'), edit('intention', 'execution'), edit.cache_info())

def lis(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)

def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]

print(lis([10, 9, 2, 5, 3, 7, 101, 18]), knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
ts2 = TopologicalSorter()
ts2.add('x', 'y')
try:
    ts2.get_ready()
except ValueError as e:
    print('ValueError:', e)
print(dsu.size[dsu.find(10)])
