import sys
def fact(n):
    return n * fact(n - 1)
try:
    fact(5)
except RecursionError as e:
    print("RecursionError:", e)
def a(n):
    if n == 0:
        raise ValueError("bottom")
    return b(n)
def b(n):
    return a(n - 1)
try:
    a(10)
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)
print(sys.getrecursionlimit())
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)
head = None
for i in range(500):
    head = Node(i, head)
print(head.total())
def ping(n):
    return pong(n)
def pong(n):
    return ping(n + 1)
ping(0)
