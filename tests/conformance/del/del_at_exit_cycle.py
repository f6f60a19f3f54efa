# A cycle with __del__ left at exit is finalised by the final collection.
class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a, b = Node('a'), Node('b')
a.b, b.a = b, a
del a, b
print('end of main')
