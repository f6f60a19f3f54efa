import sys, gc
gc.collect()
print(gc.get_count())
a = []
print(gc.get_count())
b = [[] for _ in range(10)]
print(gc.get_count())
del b
print(gc.get_count())
c = {}
d = {"a": []}
print(gc.get_count())
class X: pass
print(gc.get_count())
x = X()
print(gc.get_count())
x.attr = 1
print(gc.get_count())
t = (1, 2)
t2 = (a, 1)
print(gc.get_count())
s = {1}
fs = frozenset([1,2])
print(gc.get_count())
def f(): pass
print(gc.get_count())
g = (i for i in range(3))
print(gc.get_count())
l = lambda: 1
print(gc.get_count())
import collections
dq = collections.deque()
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
for i in range(700):
    [].append(1)
print(gc.get_count())
keep = []
for i in range(700):
    keep.append([])
print(gc.get_count())
stats = gc.get_stats()
print([sorted(s) for s in stats][0])
