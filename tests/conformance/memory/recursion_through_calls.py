# How deep recursion goes through __init__ (class calls count as calls of a Python object), str(), list(), len(), sorted(), max(), map().
import sys
class Node:
    def __init__(self, d):
        self.child = Node(d - 1) if d else None
for d in (300, 490, 495, 498, 499, 500, 600):
    try:
        Node(d)
        print(d, 'ok')
    except RecursionError as e:
        print(d, 'RecursionError', e)
def depth_of(make):
    n = 0
    def rec(k):
        nonlocal n
        n = k
        return make(lambda: rec(k + 1))
    try:
        rec(0)
    except RecursionError as e:
        return n, str(e)
print('plain', depth_of(lambda f: f()))
print('via str', depth_of(lambda f: str(f())))
print('via list', depth_of(lambda f: list([f()])))
print('via len', depth_of(lambda f: len([f()])))
print('via sorted', depth_of(lambda f: sorted([f()])))
print('via max', depth_of(lambda f: max([f()], default=0)))
print('via int', depth_of(lambda f: int(f() or 0)))
class Obj:
    def __init__(self, f): self.v = f()
print('via class', depth_of(lambda f: Obj(f)))
print('via map', depth_of(lambda f: list(map(lambda _: f(), [0]))))
