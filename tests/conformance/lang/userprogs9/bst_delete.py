class Node:
    __slots__ = ('key', 'left', 'right')
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
    def __repr__(self):
        if not self.left and not self.right:
            return f"Node({self.key})"
        return f"Node({self.key}, {self.left!r}, {self.right!r})"

class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for i in items:
            self.insert(i)
    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.size -= 1
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def __len__(self):
        return self.size
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def height(self, node=...):
        if node is ...:
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height())
print(t.root)
for k in (20, 30, 50, 99):
    try:
        t.delete(k)
        print(f"deleted {k}: {list(t)} h={t.height()}")
    except KeyError as e:
        print("missing", e, repr(e), e.args)
print(45 in t, 50 in t, sorted(t, reverse=True)[:3])
n = Node(1)
try:
    n.color = 'red'
except AttributeError as e:
    print(e)
print(Node.__slots__, hasattr(n, '__dict__'), Node.key)
class UF:
    def __init__(self, n):
        self.parent = list(range(n)); self.rank = [0] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb: return False
        if self.rank[ra] < self.rank[rb]: ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True
uf = UF(8)
print([uf.union(a, b) for a, b in [(0, 1), (2, 3), (1, 3), (0, 2), (5, 6)]])
groups = {}
for i in range(8):
    groups.setdefault(uf.find(i), []).append(i)
print(sorted(groups.values()))
