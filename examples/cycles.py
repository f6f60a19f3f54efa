# The seed's example: three objects in a cycle A -> B -> C -> A. Reference counting alone
# cannot free them; the cyclic garbage collector does.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print(f"freeing {self.name}")


gc.collect()
a, b, c = Node("A"), Node("B"), Node("C")
a.next, b.next, c.next = b, c, a
print("refcount of A:", sys.getrefcount(a) - 1, "(the name a, and C.next)")
print("tracked by the collector:", gc.is_tracked(a))

del a, b, c
print("after del, the nodes are still alive (refcounts never reach zero)")
print("collected:", gc.collect())
print("full collections so far:", gc.get_stats()[2]["collections"])
