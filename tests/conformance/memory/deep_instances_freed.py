class Node:
    __slots__ = ('next',)

    def __init__(self, nxt):
        self.next = nxt


head = None
for i in range(200_000):
    head = Node(head)
print('built')
head = None
print('freed')


class Plain:
    pass


p = None
for i in range(100_000):
    q = Plain()
    q.inner = p
    p = q
del p, q
print('freed plain')
