# During a collection, __del__ still sees its attributes (nothing is cleared yet).
import gc

gc.collect()


class Holder:
    def __init__(self, name):
        self.name = name
        self.data = [1, 2, 3]

    def __del__(self):
        print(self.name, self.data, self.partner.name)


a, b = Holder('a'), Holder('b')
a.partner, b.partner = b, a
del a, b
print(gc.collect())
