import heapq
from collections import deque

class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], ll[-1], 3 in ll, list(ll))
ll.reverse()
print(ll, sum(ll), max(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)

class BST:
    def __init__(self):
        self.root = None
    class _N:
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None
    def insert(self, k):
        def _ins(n):
            if n is None:
                return BST._N(k)
            if k < n.k:
                n.l = _ins(n.l)
            elif k > n.k:
                n.r = _ins(n.r)
            return n
        self.root = _ins(self.root)
    def inorder(self):
        def _walk(n):
            if n:
                yield from _walk(n.l)
                yield n.k
                yield from _walk(n.r)
        return list(_walk(self.root))
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height(), BST._N.__qualname__)

graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}
def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    prev = dict.fromkeys(g)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist[v]:
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra(graph, "A")
print(dist)
path, n = [], "F"
while n:
    path.append(n)
    n = prev[n]
print(" -> ".join(reversed(path)), dist["F"])
def bfs(g, s):
    seen, q, order = {s}, deque([s]), []
    while q:
        u = q.popleft()
        order.append(u)
        for v in sorted(g[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order
def dfs(g, s, seen=None):
    seen = seen if seen is not None else []
    seen.append(s)
    for v in sorted(g[s]):
        if v not in seen:
            dfs(g, v, seen)
    return seen
print(bfs(graph, "A"), dfs(graph, "A"))
q = deque(range(5), maxlen=5)
q.append(5); q.appendleft(-1); q.rotate(2)
print(q, q.maxlen, q[0], q.index(3), q.count(9))
q.extendleft("ab")
print(q)
inf = float("inf")
print(dist.get("Z", inf), inf > 10 ** 300, -inf < -10 ** 300, inf == inf, inf - inf)
print(ll[None])
