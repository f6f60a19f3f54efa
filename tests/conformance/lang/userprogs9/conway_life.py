from collections import Counter
from itertools import product

def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live
                     for dx, dy in product((-1, 0, 1), repeat=2) if (dx, dy) != (0, 0))
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, w=8, h=6):
    for y in range(h):
        print(''.join('#' if (x, y) in live else '.' for x in range(w)))

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for gen in range(4):
    print(f"Generation {gen}: {len(state)} cells, bbox={min(state)}..{max(state)}")
    render(state)
    state = step(state)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), sorted(step(step(blinker))) == sorted(blinker))
c = Counter("mississippi")
print(c.most_common(2), sorted(c.elements())[:5], c.total())
print(c - Counter("sip"), c & Counter("ss"), +Counter({'a': -1, 'b': 2}))
print(Counter(a=3) | Counter(a=1, b=2), Counter(a=1) == Counter(a=1, b=0))
