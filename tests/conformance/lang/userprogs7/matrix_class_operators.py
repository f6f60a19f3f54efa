class Matrix:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.data = [[fill] * cols for _ in range(rows)]
    @classmethod
    def from_list(cls, lst):
        m = cls(len(lst), len(lst[0]))
        for i, row in enumerate(lst):
            for j, v in enumerate(row):
                m[i, j] = v
        return m
    @classmethod
    def identity(cls, n):
        m = cls(n, n)
        for i in range(n):
            m[i, i] = 1
        return m
    def __getitem__(self, idx):
        i, j = idx
        if isinstance(i, slice) or isinstance(j, slice):
            rows = range(self.rows)[i] if isinstance(i, slice) else [i]
            cols = range(self.cols)[j] if isinstance(j, slice) else [j]
            return Matrix.from_list([[self.data[r][c] for c in cols] for r in rows])
        return self.data[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.data[i][j] = v
    def __iter__(self):
        return iter(self.data)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.data == o.data
    def __add__(self, o):
        return Matrix.from_list([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, o)])
    def __iadd__(self, o):
        for i in range(self.rows):
            for j in range(self.cols):
                self.data[i][j] += o[i, j]
        return self
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix.from_list([[v * k for v in r] for r in self])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.cols != o.rows:
            raise ValueError(f"cannot multiply {self.rows}x{self.cols} by {o.rows}x{o.cols}")
        return Matrix.from_list([[sum(self[i, k] * o[k, j] for k in range(self.cols)) for j in range(o.cols)] for i in range(self.rows)])
    def __pow__(self, n):
        result = Matrix.identity(self.rows)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def transpose(self):
        return Matrix.from_list([list(c) for c in zip(*self.data)])
    T = property(transpose)
    def det(self):
        if self.rows == 1:
            return self[0, 0]
        if self.rows == 2:
            return self[0, 0] * self[1, 1] - self[0, 1] * self[1, 0]
        return sum((-1) ** j * self[0, j] * Matrix.from_list([r[:j] + r[j + 1:] for r in self.data[1:]]).det() for j in range(self.cols))
    def __repr__(self):
        return f"Matrix({self.data})"
    def __str__(self):
        w = max(len(f"{v}") for r in self for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}}" for v in r) + "]" for r in self)
    def __format__(self, spec):
        if not spec:
            return str(self)
        return "\n".join(" ".join(format(v, spec) for v in r) for r in self)
fib = Matrix.from_list([[1, 1], [1, 0]])
print(fib ** 10, (fib ** 90)[0, 1], sep="\n")
a = Matrix.from_list([[1, 2, 3], [4, 5, 6]])
print(a.T, a @ a.T, 2 * a, a * 0.5, sep="\n---\n")
print(f"{a * 0.25:6.2f}")
print(repr(a[0:2, 1:]), a[1, :], a[:, 0] == Matrix.from_list([[1], [4]]))
b = a
b += a
print(a is b, a)
m = Matrix.from_list([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(m.det(), Matrix.identity(3).det(), (m @ Matrix.identity(3)) == m)
from fractions import Fraction
h = Matrix.from_list([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
print(h, h.det(), sep="\n")
try:
    a @ a
except ValueError as e:
    print("ValueError:", e)
try:
    a[5, 0]
except IndexError as e:
    print("IndexError:", e)
print(a + "x")
