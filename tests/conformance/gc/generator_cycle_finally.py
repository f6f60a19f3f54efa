# An object and its own suspended generator form a cycle: the collector finds it through
# the generator's frame (its locals), closes the generator (the finally runs once) and
# frees both.
import gc

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.g = self.run()
        next(self.g)

    def run(self):
        try:
            yield self
        finally:
            print('finally of', self.name)

    def __del__(self):
        print('freeing', self.name)


n = Node('a')
del n
print('before collect')
print('collected', gc.collect())

a = Node('b')
b = Node('c')
a.peer = b
b.peer = a
del a, b
print('collected', gc.collect())
print('again', gc.collect())
