# objgraph-style show_growth: counts of gc.get_objects() by type as structures are built and dropped.
# objgraph-style growth tracking with gc.get_objects()
import gc
from collections import Counter

def typestats():
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects())

peak = {}
def show_growth(limit=10, quiet=False):
    global peak
    stats = typestats()
    deltas = {}
    for name, count in stats.items():
        old = peak.get(name, 0)
        if count > old:
            deltas[name] = count - old
            peak[name] = count
    if quiet:
        return
    for name, delta in sorted(deltas.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
        if name in ('Leak', 'Node', 'list', 'dict', 'function', 'cell', 'Cache'):
            print(f'{name:10} +{delta}')
    print('--')

show_growth(quiet=True)
class Leak:
    registry = []
    def __init__(self):
        self.data = {'payload': [0] * 10}
        Leak.registry.append(self)
class Node:
    def __init__(self):
        self.next = None
for _ in range(25):
    Leak()
show_growth()
nodes = [Node() for _ in range(10)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
show_growth()
def make_closures(n):
    return [lambda i=i: i for i in range(n)]
fns = make_closures(7)
show_growth()
Leak.registry.clear()
del nodes, a, b, fns
stats = typestats()
print(stats['Leak'], stats['Node'], stats['function'] >= 0)
