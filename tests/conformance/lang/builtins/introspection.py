class Shape:
    sides = 0

    def area(self):
        return 0


class Square(Shape):
    sides = 4

    def __init__(self, s):
        self.s = s


sq = Square(3)
print(isinstance(sq, Shape), isinstance(3, (str, int)), issubclass(bool, int), issubclass(Square, object))
print(hasattr(sq, 'area'), getattr(sq, 's'), vars(sq), callable(sq.area), callable(Square))
print([n for n in dir(sq) if not n.startswith('_')])
print(type(sq).__name__, type(sq).__bases__[0].__name__, Square.__mro__[-1].__name__)
print(id(sq) == id(sq), hash('abc') == hash('abc'), isinstance(hash(1.5), int))
