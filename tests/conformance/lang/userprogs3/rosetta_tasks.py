import math
import sys
from itertools import count, islice, permutations, product
from functools import reduce
from collections import deque

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

def primes():
    yield 2
    seen = {}
    for q in count(3, 2):
        p = seen.pop(q, None)
        if p is None:
            seen[q * q] = q
            yield q
        else:
            x = q + 2 * p
            while x in seen:
                x += 2 * p
            seen[x] = p

def n_queens(n):
    sols = []
    def place(row, cols, d1, d2, board):
        if row == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols

def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total

def mandelbrot(w=40, h=12, it=30):
    rows = []
    for y in range(h):
        row = ""
        for x in range(w):
            c = complex(-2.2 + 3.0 * x / w, -1.2 + 2.4 * y / h)
            z = 0j
            for i in range(it):
                z = z * z + c
                if abs(z) > 2:
                    break
            row += " .:-=+*#%@"[i * 9 // it]
        rows.append(row.rstrip())
    return rows

def life(cells, steps):
    for _ in range(steps):
        nbrs = {}
        for (x, y) in cells:
            for dx, dy in product((-1, 0, 1), repeat=2):
                if dx or dy:
                    k = (x + dx, y + dy)
                    nbrs[k] = nbrs.get(k, 0) + 1
        cells = {k for k, n in nbrs.items() if n == 3 or (n == 2 and k in cells)}
    return cells

def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]

def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= div:
            return words(n // div) + " " + name + (("," if n % div >= 100 else " and") + " " + words(n % div) if n % div else "")

def bfs_maze(maze):
    grid = [list(r) for r in maze]
    start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1

print(sieve(60), len(sieve(10000)), list(islice(primes(), 15)), sum(islice(primes(), 1000)))
sols = n_queens(6)
print(len(sols), sols[0], len(n_queens(8)))
for row in sols[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
m = hanoi(4)
print(len(m), m[:5], len(hanoi(10)))
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    assert from_roman(r) == n, (n, r)
    print(f"{n:>5} {r:<12}", end="|" if n != 3999 else "\n")
print("\n".join(mandelbrot()))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
print(sorted(life(glider, 4)), len(life({(0, 0), (0, 1), (0, 2)}, 3)))
for row in pascal(7):
    print(" ".join(map(str, row)).center(30))
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
for n in (0, 13, 45, 100, 115, 999, 1001, 12345, 1000000, 2000000015):
    print(n, words(n))
maze = ["S.#.....", ".##.###.", "....#...", "##.##.#E"]
print(bfs_maze(maze))
print(reduce(lambda a, b: a * b, range(1, 21)), math.prod(range(1, 21)), sum(int(d) for d in str(2 ** 1000)))
for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i, end=" ")
print()
print(["".join(p) for p in permutations("abc")], sorted({a * b for a in range(10, 100) for b in range(a, 100) if str(a * b) == str(a * b)[::-1]})[-3:])
a, b = 0, 1
fibs = []
while b < 10 ** 30:
    a, b = b, a + b
    fibs.append(a)
print(len(fibs), fibs[-1], math.gcd(fibs[-1], fibs[-2]), fibs[-1] / fibs[-2])
sys.setrecursionlimit(5000)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
