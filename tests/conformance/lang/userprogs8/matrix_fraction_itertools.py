from fractions import Fraction
from itertools import product, permutations, combinations, accumulate, pairwise, groupby, starmap, zip_longest, islice, chain, tee, count, cycle, repeat, compress, dropwhile, takewhile, filterfalse, combinations_with_replacement
import operator

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)
    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __pow__(self, e):
        result = Matrix.identity(self.n)
        for _ in range(e):
            result = result @ self
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))
    def inverse(self):
        n = self.n
        aug = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            piv = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if piv is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[piv] = aug[piv], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A); print(A @ B); print(B.T()); print(2 * A + A * 3)
print(A.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix([[1, 2], [3, 4]]) ** 3)
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), repr(inv.rows[0][0]), str(Fraction(-3, 6)), Fraction("0.125"), Fraction(1.5), Fraction(1, 3) + Fraction(1, 6))
print(f"{Fraction(1, 3):}", Fraction(7, 3).limit_denominator(2), Fraction(22, 7) > 3.14, round(Fraction(7, 2)), float(Fraction(1, 8)), Fraction(3, 4) ** 2, Fraction(3, 4) ** -1, Fraction(4, 9) ** 0.5)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*grid[::-1])], [r[::-1] for r in grid], [grid[i][i] for i in range(3)], sum(map(sum, grid)))
print(list(product("ab", range(2))), len(list(permutations(range(4), 2))), list(combinations("abcd", 3))[:3], list(combinations_with_replacement("ab", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(pairwise("abcd")), [(k, len(list(g))) for k, g in groupby("aaabccdd")], list(starmap(pow, [(2, 3), (3, 2)])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(islice(count(10, 5), 4)), list(islice(cycle("xy"), 5)), list(repeat(7, 3)))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(compress("abcdef", [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(str.isalpha, "ab1c")))
print(list(filterfalse(None, [0, 1, "", "x"])), list(chain.from_iterable(["ab", "cd"])), list(islice("abcdefg", 1, None, 2)))
def grouper(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(grouper(range(7), 3)), [k for k, _ in groupby(sorted("mississippi"))], {k: list(g) for k, g in groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)})
print(A @ B @ A)
