import sys
from functools import lru_cache
def n_queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return sols
for n in range(1, 9):
    print(n, len(n_queens(n)))
first = n_queens(6)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(6)) for col in first))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(ch) if ch != "." else 0 for ch in line] for line in PUZZLE.split()]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]
def solve(g):
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in candidates(g, r, c):
                    g[r][c] = v
                    if solve(g):
                        return True
                g[r][c] = 0
                return False
    return True
print(solve(grid))
for row in grid:
    print(" ".join(map(str, row)))

def permutations(seq):
    if len(seq) <= 1:
        yield seq
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [x] + rest if isinstance(seq, list) else x + rest
print(list(permutations("abc")), sum(1 for _ in permutations(list(range(6)))))

@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)], partitions(100, 100))

def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))

def flood(grid, r, c, seen):
    if (r, c) in seen or not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] == "#":
        return 0
    seen.add((r, c))
    return 1 + sum(flood(grid, r + dr, c + dc, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
maze = ["..#....", ".##.##.", "...#...", "####.#."]
print(flood(maze, 0, 0, set()), flood(maze, 0, 3, set()))
sys.setrecursionlimit(3000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(2500), sys.getrecursionlimit())
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def subsets_sum(nums, target):
    out = []
    def go(i, cur, total):
        if total == target: out.append(tuple(cur))
        if total >= target or i == len(nums): return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]: continue
            cur.append(nums[j]); go(j + 1, cur, total + nums[j]); cur.pop()
    go(0, [], 0)
    return out
print(subsets_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 10000), key=collatz_len))
