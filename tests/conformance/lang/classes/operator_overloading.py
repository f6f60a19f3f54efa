class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f'Vec({self.x}, {self.y})'


a, b = Vec(3, 4), Vec(1, 1)
print(a + b, a - b, a * 2, 3 * b, -a, abs(a))
print(bool(Vec(0, 0)), bool(a))
a += b
print(a)
try:
    a + 1
except AttributeError as e:
    print('AttributeError:', e)
