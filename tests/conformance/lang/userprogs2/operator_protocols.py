import operator
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return self.rows == o.rows
    __hash__ = None
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m[1, 0], operator.matmul(m, m) == m @ m)
m[0, 0] = 9; m @= Matrix([[1, 0], [0, 1]]); print(m)
try:
    hash(m)
except TypeError as e:
    print(e)
class Eq:
    def __eq__(self, o): return True
try:
    {Eq()}
except TypeError as e:
    print(e)
print(Eq.__hash__)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], list(range(10))[::Idx(3)], bin(Idx(5)), hex(Idx(255)), operator.index(Idx(2)), (10).__pow__(2), [1, 2] * Idx(2))
class Defaults(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = Defaults(a=1)
print(d["a"], d["xyz"], d, d.get("q"), "q" in d)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(3), Cmp(1)))
try:
    Cmp(1) > 5
except TypeError as e:
    print(e)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("v")(Cmp(7)), operator.methodcaller("upper")("x"), operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.not_(0), operator.truth(2))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __sub__(self, o): return Num(self.v - o)
    def __rsub__(self, o): return Num(o - self.v)
    def __mul__(self, o): return Num(self.v * o)
    def __truediv__(self, o): return Num(self.v / o)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o, m=None): return Num(pow(self.v, o, m))
    def __rpow__(self, o): return Num(o ** self.v)
    def __lshift__(self, o): return Num(self.v << o)
    def __and__(self, o): return Num(self.v & o)
    def __or__(self, o): return Num(self.v | o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __invert__(self): return Num(~self.v)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return self
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, n=None): return Num(round(self.v, n))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __repr__(self): return f"Num({self.v!r})"
n = Num(7)
print(n + 1, 1 + n, n - 2, 10 - n, n * 3, n / 2, 14 / n, n // 2, n % 4, n ** 2, pow(n, 2, 5), 2 ** n, n << 1, n & 3, n | 8, n ^ 1, ~n, -n, +n, abs(Num(-3)), round(Num(2.567), 2), int(n), float(n), complex(n), divmod(n, 2), sum([Num(1), Num(2)]))
n += 5; print(n)
try:
    n @ 1
except TypeError as e:
    print(e)
try:
    "a" - n
except TypeError as e:
    print(e)
