def life_step(grid):
    h, w = len(grid), len(grid[0])
    def neighbours(r, c):
        return sum(grid[(r + dr) % h][(c + dc) % w]
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return [[1 if (n := neighbours(r, c)) == 3 or (n == 2 and grid[r][c]) else 0
             for c in range(w)] for r in range(h)]

def show(grid):
    return '\n'.join(''.join('#' if x else '.' for x in row) for row in grid)

glider = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    glider[r][c] = 1
g = glider
for gen in range(4):
    print(f'generation {gen}: {sum(map(sum, g))} alive')
    print(show(g))
    g = life_step(g)

def rule(n):
    table = {tuple(map(int, f'{i:03b}')): (n >> i) & 1 for i in range(8)}
    def step(cells):
        padded = [0] + cells + [0]
        return [table[tuple(padded[i:i + 3])] for i in range(len(cells))]
    return step

for number in (30, 90, 110):
    cells = [0] * 15 + [1] + [0] * 15
    step = rule(number)
    print(f'Rule {number}'.center(31, '='))
    for _ in range(8):
        print(''.join(' *'[c] for c in cells).rstrip())
        cells = step(cells)
print(format(30, '08b'), f'{110:#x}', f'{90:_b}')
