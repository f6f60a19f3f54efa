# Values in a cycle stay in a WeakValueDictionary until the collector runs.
import gc
import weakref

gc.collect()


class Node:
    pass


registry = weakref.WeakValueDictionary()
n = Node()
n.me = n
registry['n'] = n
del n
print(len(registry))
gc.collect()
print(len(registry))
