class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(map(float, r)) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __iter__(self): return iter(self.rows)
    def __len__(self): return len(self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __add__(self, o):
        if isinstance(o, (int, float)): return Matrix([[x + o for x in r] for r in self])
        if self.shape != o.shape: raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, o)])
    __radd__ = __add__
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Matrix([[-x for x in r] for r in self])
    def __mul__(self, k):
        if isinstance(k, Matrix): return NotImplemented
        return Matrix([[x * k for x in r] for r in self])
    __rmul__ = __mul__
    def __matmul__(self, o):
        n, m = self.shape; m2, p = o.shape
        if m != m2: raise ValueError("inner dimensions differ")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self])
    def __pow__(self, k):
        if k < 0: raise ValueError("negative power")
        result = Matrix.identity(len(self))
        base = self
        while k:
            if k & 1: result = result @ base
            base = base @ base
            k >>= 1
        return result
    def transpose(self): return Matrix([list(c) for c in zip(*self.rows)])
    T = property(transpose)
    def det(self):
        n, m = self.shape
        if n != m: raise ValueError("not square")
        a = [r[:] for r in self.rows]; d = 1.0
        for i in range(n):
            p = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[p][i]) < 1e-12: return 0.0
            if p != i: a[i], a[p] = a[p], a[i]; d = -d
            d *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                for c in range(i, n): a[r][c] -= f * a[i][c]
        return d
    def __repr__(self): return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{x:g}") for r in self for x in r)
        return "\n".join(" ".join(f"{x:>{w}g}" for x in r) for r in self)
    def __format__(self, spec):
        if not spec: return str(self)
        return "[" + "; ".join(", ".join(format(x, spec) for x in r) for r in self) + "]"
    def __bool__(self): return any(any(r) for r in self)
    def __contains__(self, v): return any(v in r for r in self)
    def __round__(self, n=0): return Matrix([[round(x, n) for x in r] for r in self])
    def __abs__(self): return sum(x * x for r in self for x in r) ** 0.5
A = Matrix([[1, 2], [3, 4]]); B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, 2 * A, A * 0.5, A @ B, sep="\n---\n")
print(repr(A ** 5), (A ** 0) == Matrix.identity(2), A.T, A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), f"{A:.1f}", f"{A}" == str(A))
print(A[1, 0], A[0], len(A), 4.0 in A, 7 in A, bool(Matrix([[0]])), bool(A), round(A * (1 / 3), 2), abs(B), 1 + A == A + 1)
A[0, 0] = 10; print(A.rows, A.shape)
for bad in [lambda: A @ Matrix([[1, 2, 3]]), lambda: A + Matrix([[1]]), lambda: Matrix([[1], [1, 2]]), lambda: {A}, lambda: A * B, lambda: A ** -1, lambda: A < B]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
