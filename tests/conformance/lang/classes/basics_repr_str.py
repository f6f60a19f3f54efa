class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

    def __str__(self):
        return f'({self.x}, {self.y})'


p = Point(1, 2)
print(p)
print(repr(p), str(p), [p])
print(f'{p} {p!r}')


class NoRepr:
    pass


print(repr(NoRepr()).startswith('<__main__.NoRepr object at 0x'))
print(NoRepr.__name__, NoRepr.__module__, NoRepr.__qualname__)
