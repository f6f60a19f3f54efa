import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)


class Node:
    def __init__(self, name):
        self.name = name


a = Node('a')
b = Node('b')
a.other, b.other = b, a
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.name for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
