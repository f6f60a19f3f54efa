# A subclass of zip/map/filter/enumerate/reversed whose arguments' __iter__ (or
# __getitem__/__len__) build iterators of the same built-in type while the subclass
# instance is being made: only the outer object is of the subclass.
class Z(zip):
    pass


class M(map):
    pass


class F(filter):
    pass


class E(enumerate):
    pass


class R(reversed):
    pass


class Sneaky:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        inner = [zip(self.data), map(str, self.data), filter(None, self.data), enumerate(self.data)]
        print("  inner types:", [type(x).__name__ for x in inner])
        return iter(self.data)


class Seq:
    def __init__(self):
        self.shown = False

    def __len__(self):
        if not self.shown:
            self.shown = True
            print("  inner reversed:", type(reversed([1, 2])).__name__, type(reversed(range(2))).__name__)
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


for cls, args in [(Z, (Sneaky([1, 2]), "ab")), (M, (abs, Sneaky([-1, -2]))), (F, (None, Sneaky([0, 1, 2]))), (E, (Sneaky("xy"),))]:
    obj = cls(*args)
    print(cls.__name__, type(obj).__name__, isinstance(obj, cls), list(obj))
r = R(Seq())
print("R", type(r).__name__, list(r))
print("R over list", type(R([1, 2])).__name__)
print(type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__)
