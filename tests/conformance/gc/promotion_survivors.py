# Survivors of generation 0 go to 1, of generation 1 to 2; cycles in older ones wait.
import gc

gc.collect()


class Node:
    pass


n = Node()
n.me = n
gc.collect(0)
gc.collect(1)
print(any(o is n for o in gc.get_objects(2)))
del n
print(gc.collect(0), gc.collect(1))
print(gc.collect(2))
