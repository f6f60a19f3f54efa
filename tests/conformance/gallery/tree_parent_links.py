# A tree whose children point back to their parent.
import gc
import weakref

gc.collect()


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def walk(self, depth=0):
        yield depth, self.name
        for c in self.children:
            yield from c.walk(depth + 1)


root = TreeNode('root')
for i in range(3):
    c = TreeNode(f'c{i}', root)
    for j in range(2):
        TreeNode(f'c{i}.{j}', c)
for depth, name in root.walk():
    print('  ' * depth + name)
del root, c
print(gc.collect())


class WeakTreeNode:
    def __init__(self, parent=None):
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)


r = WeakTreeNode()
WeakTreeNode(r)
WeakTreeNode(r)
del r
print(gc.collect())
