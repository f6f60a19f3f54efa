# Iteration protocols: generator __iter__, a linked list with slicing, an iterator
# class, a matrix with tuple indexes, numeric dunders (__index__, __round__, __floor__).
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
    def __bool__(self):
        return self.start > 0
    def __contains__(self, x):
        return 0 < x <= self.start
print(list(Countdown(3)), list(reversed(Countdown(3))), len(Countdown(4)), bool(Countdown(0)), 2 in Countdown(3))
class LinkedList:
    class _Node:
        __slots__ = ("val", "next")
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self._len += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __iadd__(self, other):
        for v in other:
            self.append(v)
        return self
    def append(self, v):
        if not self.head:
            self.push(v); return
        node = self.head
        while node.next:
            node = node.next
        node.next = self._Node(v)
        self._len += 1
ll = LinkedList([1, 2, 3])
ll += [4]
print(ll, len(ll), ll[0], ll[-1], ll[1:3], ll + LinkedList("ab"), ll == LinkedList([1, 2, 3, 4]), 3 in ll, sum(ll), sorted(ll, reverse=True))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
it = iter(ll)
print(next(it), next(it), list(it), list(it))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(50)), max(Fib(100)), dict(enumerate(Fib(5))))
import itertools
print(list(itertools.islice(Fib(10**9), 5, 10)), list(zip(Fib(10), "abcdef")))
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __iter__(self):
        return iter(self.rows)
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[v * o for v in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __repr__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(f"{v:>{w}}" for v in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m * m, 2 * m, m[1, 0], sep="\n")
class Vec:
    def __init__(self, *c): self.c = c
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __neg__(self): return Vec(*(-x for x in self.c))
    def __pos__(self): return self
    def __invert__(self): return Vec(*reversed(self.c))
    def __round__(self, n=0): return Vec(*(round(x, n) for x in self.c))
    def __floor__(self): import math; return Vec(*(math.floor(x) for x in self.c))
    def __index__(self): return len(self.c)
    def __int__(self): return int(abs(self))
    def __float__(self): return float(abs(self))
    def __complex__(self): return complex(*self.c[:2])
    def __repr__(self): return f"Vec{self.c}"
    def __getattr__(self, n):
        idx = "xyz".find(n)
        if idx >= 0 and idx < len(self.c): return self.c[idx]
        raise AttributeError(n)
v = Vec(3.14159, -4.5)
import math
print(abs(v), -v, +v, ~v, round(v, 1), math.floor(v), int(v), float(v), complex(v), [0, 1, 2, 3][v], bin(v), hex(v), v.x, v.y)
try:
    v.z
except AttributeError as e:
    print("AttributeError:", e)
print(list(range(10))[Vec(1, 2):Vec(1, 2, 3, 4, 5)], "ab" * Vec(1, 2))
