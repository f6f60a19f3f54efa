# A runaway __repr__ (f-string !r, repr(), %r of a list): which guard hits the recursion limit, and how deep.
import sys
class Node:
    def __init__(self): self.child = self
    def __repr__(self): return f'Node({self.child!r})'
class N2:
    def __init__(self): self.child = self
    def __repr__(self): return 'N2(' + repr(self.child) + ')'
class N3:
    def __init__(self): self.child = [self]
    def __repr__(self): return 'N3(%r)' % (self.child,)
for cls in (Node, N2, N3):
    for lim in (100, 101, 1000):
        sys.setrecursionlimit(lim)
        depth = 0
        try:
            repr(cls())
        except RecursionError as e:
            tb = e.__traceback__
            while tb.tb_next: tb = tb.tb_next; depth += 1
            print(cls.__name__, lim, e, depth)
sys.setrecursionlimit(1000)
def f(n):
    return f(n + 1)
for lim in (60, 61):
    sys.setrecursionlimit(lim)
    try:
        f(0)
    except RecursionError as e:
        d = 0; tb = e.__traceback__
        while tb.tb_next: tb = tb.tb_next; d += 1
        print(lim, e, d)
