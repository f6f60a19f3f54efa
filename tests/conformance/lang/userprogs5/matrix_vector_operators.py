from __future__ import annotations
from fractions import Fraction
from numbers import Number
from typing import Iterable, Sequence, overload, SupportsFloat
import math
import functools
import operator


@functools.total_ordering
class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components: float):
        if len(components) == 1 and isinstance(components[0], Iterable):
            components = tuple(components[0])
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._c))})"

    def __str__(self):
        return "(" + ", ".join(f"{x:g}" if isinstance(x, float) else str(x) for x in self._c) + ")"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return Vector(a + b for a, b in zip(self, other))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(-x for x in self)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, Number):
            return Vector(x * k for x in self)
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __truediv__(self, k):
        return Vector(x / k for x in self)

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return any(self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(self._c)

    def __format__(self, spec):
        return "<" + ", ".join(format(x, spec) for x in self) + ">"


class Matrix:
    def __init__(self, rows: Sequence[Sequence[float]]):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(sum(a * b for a, b in zip(r, other)) for r in self.rows)
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if a[pivot][col] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            pv = a[col][col]
            a[col] = [x / pv for x in a[col]]
            for r in range(n):
                if r != col:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


v = Vector(3, 4)
w = Vector([1.5, -2.0])
print(v, w, repr(v + w), v - w, 2 * v, v * 0.5, v @ w, abs(v), -w, v / 2, bool(Vector(0, 0)))
print(sorted([Vector(5, 5), v, w, Vector(0, 1)]), max(v, w), v > w, v <= Vector(4, 3), v[::-1], v[0])
print(f"{v:.2f}", format(w, "+.1e"), {v: "a", Vector(3, 4): "b"}, len({v, Vector(3, 4)}))
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)

A = Matrix([[2, 1], [1, 3]])
B = Matrix([[1, 2, 3], [4, 5, 6]])
print(A @ B)
print(repr(A.T), B.T.shape, A ** 5, (A ** 0) == Matrix.identity(2), A @ Vector(1, 1))
print(A.determinant(), Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).determinant(), Matrix([[1, 2], [2, 4]]).determinant())
inv = Matrix([[4, 7], [2, 6]]).inverse()
print(inv)
print(inv @ Matrix([[4, 7], [2, 6]]) == Matrix.identity(2), 3 * A, A * Fraction(1, 2))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1], f"{fib[0, 1]:,}")
try:
    B @ B
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Matrix([[1], [1, 2]])
except ValueError as e:
    print(e)
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.1).limit_denominator(100), Fraction(-7, 3) // 1, round(Fraction(7, 2)), float(Fraction(1, 3)))
print(Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), Fraction(1, 3) < 0.34, Fraction(5, 10).as_integer_ratio(), repr(Fraction(6, -4)), hash(Fraction(1, 2)) == hash(0.5))
print(Vector.__slots__, Vector.__lt__.__qualname__, hasattr(v, "__dict__"), Matrix.T.__doc__, A.shape.__class__.__name__)
print(A @ "x")
