import gc


class Shape:
    """A shape."""

    def __init__(self, name, sides=0):
        self.name = name
        self.sides = sides

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, sides={self.sides})'

    def area(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, size):
        super().__init__('square', sides=4)
        self.size = size

    def area(self):
        return self.size ** 2


class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


print(gc.get_count())
shapes = [Square(2), Circle(1.5), Square(3)]
print(shapes, [round(s.area(), 2) for s in shapes])
print(gc.get_count())
