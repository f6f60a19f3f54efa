# A doubly linked list: prev/next pointers form cycles.
import gc

gc.collect()


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class DList:
    def __init__(self):
        self.head = self.tail = None
        self.size = 0

    def append(self, value):
        n = Node(value)
        if self.tail is None:
            self.head = self.tail = n
        else:
            n.prev, self.tail.next = self.tail, n
            self.tail = n
        self.size += 1

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next


dl = DList()
for v in 'abcde':
    dl.append(v)
print(list(dl), dl.size)
del dl
print(gc.collect())
