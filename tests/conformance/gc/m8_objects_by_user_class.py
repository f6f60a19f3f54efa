import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
def count(tp):
    return sum(1 for o in gc.get_objects() if type(o) is tp)
print("start", count(Node))
nodes = [Node(i) for i in range(10)]
print("made", count(Node))
for a, b in zip(nodes, nodes[1:] + nodes[:1]):
    a.other = b
del a, b
print("linked", count(Node))
nodes.clear()
print("cleared list", count(Node))
print("collected", gc.collect())
print("after", count(Node))
# objgraph style: most common types among new objects
before = {id(o) for o in gc.get_objects()}
stuff = [[i] for i in range(5)] + [{"k": i} for i in range(3)] + [Node(0) for _ in range(2)]
new = [o for o in gc.get_objects() if id(o) not in before]
from collections import Counter
c = Counter(type(o).__name__ for o in new)
for name, n in sorted(c.items()):
    print(name, n)
del before, new, c
