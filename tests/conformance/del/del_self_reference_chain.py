# A long chain freed by refcount runs every __del__ in order, from the head.
class Link:
    def __init__(self, n, nxt):
        self.n = n
        self.next = nxt

    def __del__(self):
        if self.n % 100 == 0:
            print('del', self.n)


head = None
for i in range(500):
    head = Link(i, head)
head = None
print('freed')
