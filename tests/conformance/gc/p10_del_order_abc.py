# P10: __del__ of cycle members runs in creation order.
import gc

gc.collect()


class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a = Named('A')
b = Named('B')
c = Named('C')
a.next = b
b.next = c
c.next = a
del a, b, c
print(gc.collect())
print(gc.garbage)
