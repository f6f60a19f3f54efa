# Cycles made in a loop are freed by automatic collections without any explicit collect().
import gc
import weakref

gc.collect()
alive = weakref.WeakSet()


class Node:
    pass


for i in range(5000):
    n = Node()
    n.me = n
    alive.add(n)
del n
print(len(alive) < 1000)
gc.collect()
print(len(alive))
