def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(50000)
print(len(ps), ps[:10], ps[-3:])

def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return sols
q = queens(8)
print(len(q), q[0])
for row in q[0]:
    print(" ".join("Q" if c == row else "." for c in range(8)))

grid = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079""".split()
board = [[int(c) for c in row] for row in grid]
def ok(b, r, c, v):
    if v in b[r] or any(b[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(b[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
def solve(b):
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                for v in range(1, 10):
                    if ok(b, r, c, v):
                        b[r][c] = v
                        if solve(b):
                            return True
                        b[r][c] = 0
                return False
    return True
print(solve(board))
for row in board:
    print("".join(map(str, row)))

def collatz_longest(limit):
    cache = {1: 1}
    def length(n):
        if n in cache:
            return cache[n]
        nxt = n // 2 if n % 2 == 0 else 3 * n + 1
        cache[n] = 1 + length(nxt)
        return cache[n]
    best = max(range(1, limit), key=length)
    return best, cache[best]
print(collatz_longest(20000))
words = ("the cat sat on the mat the dog sat on the log " * 2000).split()
from collections import Counter
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[(i * j) % 7 for j in range(60)] for i in range(60)]
r = matmul(m, m)
print(sum(map(sum, r)), r[5][:5])
s = 0
for i in range(200_000):
    s += i * i % 7
print(s)
