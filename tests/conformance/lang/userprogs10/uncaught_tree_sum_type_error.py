class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def total(self):
        return self.val + sum(c.total() for c in self.children)
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node('5')])])
print(tree.depth())
print(tree.total())
