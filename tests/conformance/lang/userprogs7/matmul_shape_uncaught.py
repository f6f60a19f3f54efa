class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if len(self.rows[0]) != len(other.rows):
            raise ValueError(f"shape mismatch: {len(self.rows[0])} vs {len(other.rows)}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
print(a @ a)
b = Matrix([[1, 2, 3]])
result = (a @ a) @ b
