import gc, weakref, sys
gc.collect()
class Node:
    instances = 0
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
        Node.instances += 1
    def add(self, child):
        self.children.append(child)
        child.parent = self
    def __del__(self):
        Node.instances -= 1
root = Node("root")
for i in range(3):
    c = Node("c%d" % i)
    root.add(c)
    for j in range(2):
        c.add(Node("g%d%d" % (i, j)))
print(Node.instances)
del root, c
print(Node.instances)
print(gc.collect())
print(Node.instances)
class WNode:
    def __init__(self, name):
        self.name = name
        self.children = []
        self._parent = None
    @property
    def parent(self):
        return self._parent() if self._parent else None
    @parent.setter
    def parent(self, p):
        self._parent = weakref.ref(p)
    def __del__(self):
        print("free", self.name)
r = WNode("r")
k = WNode("k")
r.children.append(k)
k.parent = r
print(k.parent.name)
del r
print(k.parent)
del k
print("end", gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node("a"); b = Node("b"); a.add(b)
del a, b
print(gc.collect(), len(gc.garbage), sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(Node.instances)
