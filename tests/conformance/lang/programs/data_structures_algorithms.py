import sys, gc
class Node:
    def __init__(self, val, next=None):
        self.val = val; self.next = next
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.next
    def __repr__(self):
        return ' -> '.join(map(str, self))
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head); self._size += 1
    def pop(self):
        if self.head is None: raise IndexError('pop from empty list')
        v = self.head.val; self.head = self.head.next; self._size -= 1
        return v
    def __len__(self): return self._size
    def __iter__(self): return iter(self.head) if self.head else iter(())
    def __contains__(self, v): return any(x == v for x in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3, 4])
print(ll.head, len(ll), 3 in ll, 9 in ll)
ll.reverse(); print(ll.head, ll.pop(), list(ll))
try:
    LinkedList().pop()
except IndexError as e: print(e)
class Tree:
    def __init__(self, v, left=None, right=None): self.v, self.left, self.right = v, left, right
    def insert(self, v):
        side = 'left' if v < self.v else 'right'
        child = getattr(self, side)
        if child is None: setattr(self, side, Tree(v))
        else: child.insert(v)
    def inorder(self):
        if self.left: yield from self.left.inorder()
        yield self.v
        if self.right: yield from self.right.inorder()
    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)
t = Tree(50)
for v in [30, 70, 20, 40, 60, 80, 35]: t.insert(v)
print(list(t.inorder()), t.height())
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    from collections import deque
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft(); order.append(n)
        for m in graph[n]:
            if m not in seen: seen.add(m); q.append(m)
    return order
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m in graph[n]:
        if m not in seen: dfs(m, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for ns in graph.values():
        for m in ns: indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0); out = []
    while ready:
        n = ready.pop(0); out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0: ready.append(m); ready.sort()
    return out
print(bfs('a'), dfs('a'), topo())
memo = {}
def lcs(a, b):
    if not a or not b: return ''
    key = (a, b)
    if key in memo: return memo[key]
    if a[0] == b[0]: r = a[0] + lcs(a[1:], b[1:])
    else: r = max(lcs(a[1:], b), lcs(a, b[1:]), key=len)
    memo[key] = r
    return r
print(lcs('AGGTAB', 'GXTXAYB'))
def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
board = [[0] * 4 for _ in range(4)]
def queens(row=0, cols=(), solutions=[]):
    if row == 4:
        solutions.append(cols); return solutions
    for c in range(4):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            queens(row + 1, cols + (c,))
    return solutions
print(queens())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [sum(col) for col in zip(*matrix)])
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=lambda w: (-len(w), w)), {w: len(w) for w in sorted(set(words)) if len(w) > 4})
print(sys.getrefcount(ll) >= 2, gc.isenabled(), gc.collect() >= 0)
