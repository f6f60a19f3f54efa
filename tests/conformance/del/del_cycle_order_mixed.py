# Finalisers in a larger cycle, plus a member only reachable from the cycle.
import gc

gc.collect()


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


nodes = [N(c) for c in 'abcd']
for x, y in zip(nodes, nodes[1:] + nodes[:1]):
    x.next = y
nodes[2].extra = N('leaf')
del nodes, x, y
print(gc.collect())
