# A small Matrix/Vector library with operator overloading and the container protocol.


class Vector:
    __slots__ = ('items',)

    def __init__(self, *items):
        self.items = tuple(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        if len(self) != len(other):
            raise ValueError('length mismatch')
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-x for x in self))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(x * k for x in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self):
        return (self @ self) ** 0.5

    def __bool__(self):
        return any(self.items)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.items == other.items

    def __hash__(self):
        return hash(self.items)

    def __repr__(self):
        return f'Vector{self.items}'


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(Vector(*row) @ other for row in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return '\n'.join(' '.join(f'{x:>{width}}' for x in row) for row in self.rows)


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v @ w, round(abs(v), 4))
print(bool(Vector(0, 0)), bool(v), v == Vector(1, 2, 3), len({v, Vector(1, 2, 3)}), v[1:], list(reversed(v)))
try:
    v + Vector(1)
except ValueError as e:
    print('ValueError:', e)
try:
    v * 'x'
except TypeError as e:
    print('TypeError:', e)
m = Matrix([[1, 1], [1, 0]])
print(m ** 10)
print(m.shape, m[0, 1], (m @ Vector(2, 3)))
m[1, 1] = 5
print(m.transpose())
print(Matrix.identity(3) @ Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(m + Matrix.identity(2))
v2 = v
v2 += w
print(v, v2, v is v2)
