import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None


def make_pair(i):
    a, b = Node(i), Node(-i)
    a.partner, b.partner = b, a


print(gc.get_count())
for i in range(2500):
    make_pair(i)
print(gc.get_count())
print('collected', gc.collect())
print(gc.get_count())
