# P10b: created in order C, B, A, so finalised C, B, A.
import gc

gc.collect()


class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


c = Named('C')
b = Named('B')
a = Named('A')
a.next = b
b.next = c
c.next = a
del a, b, c
print(gc.collect())
print(gc.garbage)
