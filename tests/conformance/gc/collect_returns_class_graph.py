# gc.collect() results for dropped classes, instances in cycles and a subclass tree.
import gc

gc.collect()


def make_classes():
    class Base:
        pass

    class Child(Base):
        def method(self):
            return self

    class Leaf(Child):
        __slots__ = ('a', 'b')

    return Base, Child, Leaf


classes = make_classes()
print([c.__name__ for c in classes[0].__subclasses__()])
del classes
print('dropped classes:', gc.collect())


class Owner:
    def __init__(self):
        self.items = [self]
        self.meta = {'owner': self}


owners = [Owner() for _ in range(4)]
del owners
print('owners:', gc.collect())
print('again:', gc.collect())
