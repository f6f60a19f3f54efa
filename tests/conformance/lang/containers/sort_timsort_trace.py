# list.sort and sorted() are CPython 3.11's timsort: every `<` a user class sees, in order.
# Seeded lists of 0..2000 items of many shapes are sorted through a __lt__ that folds each
# comparison (left index, right index) into a digest; the digest, the number of comparisons
# and a digest of the resulting order are printed.

MOD = (1 << 61) - 1
state = {'h': 0, 'n': 0}


class Rng:
    """A small LCG, so the lists do not depend on the random module."""

    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % bound


class Item:
    __slots__ = ('v', 'i')

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        state['h'] = (state['h'] * 1000003 + self.i * 65599 + other.i + 1) % MOD
        state['n'] += 1
        return self.v < other.v


def order_digest(items):
    h = 0
    for it in items:
        h = (h * 1000003 + it.i + 1) % MOD
    return h


def values(kind, n, rng):
    if kind == 'random':
        return [rng.next(4 * n + 1) for _ in range(n)]
    if kind == 'dups':
        return [rng.next(8) for _ in range(n)]
    if kind == 'ascending':
        return list(range(n))
    if kind == 'descending':
        return list(range(n, 0, -1))
    if kind == 'equal':
        return [5] * n
    if kind == 'nearly':
        v = list(range(n))
        for _ in range(n // 50 + (n > 0)):
            a, b = rng.next(n), rng.next(n)
            v[a], v[b] = v[b], v[a]
        return v
    if kind == 'runs':
        # Sorted chunks of random lengths: galloping territory.
        v = []
        while len(v) < n:
            k = 1 + rng.next(max(1, n // 3))
            base = rng.next(4 * n + 1)
            v.extend(sorted(base + rng.next(n + 1) for _ in range(k)))
        return v[:n]
    if kind == 'updown':
        # Alternating ascending and strictly descending stretches.
        v = []
        up = True
        while len(v) < n:
            k = 1 + rng.next(90)
            chunk = sorted(rng.next(10 * n + 1) for _ in range(k))
            v.extend(chunk if up else chunk[::-1])
            up = not up
        return v[:n]
    if kind == 'interleave':
        # Two sorted halves interleaved in blocks, then the halves appended.
        half = n // 2
        a = sorted(rng.next(n + 1) for _ in range(half))
        b = sorted(rng.next(n + 1) for _ in range(n - half))
        return a + b
    if kind == 'sawtooth':
        return [i % (1 + n // 7) for i in range(n)]
    raise ValueError(kind)


KINDS = ['random', 'dups', 'ascending', 'descending', 'equal', 'nearly', 'runs', 'updown', 'interleave', 'sawtooth']
SIZES = [0, 1, 2, 3, 4, 7, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 255, 256, 257, 333, 512, 777, 1000, 1500, 2000]


def run(label, kind, n, seed, how):
    rng = Rng(seed)
    vals = values(kind, n, rng)
    state['h'] = 0
    state['n'] = 0
    if how == 'plain':
        items = [Item(v, i) for i, v in enumerate(vals)]
        items.sort()
        out = items
    elif how == 'reverse':
        items = [Item(v, i) for i, v in enumerate(vals)]
        out = sorted(items, reverse=True)
    elif how == 'key':
        keys = [Item(v, i) for i, v in enumerate(vals)]
        idx = list(range(n))
        idx.sort(key=lambda j: keys[j])
        out = [keys[j] for j in idx]
    else:
        keys = [Item(v, i) for i, v in enumerate(vals)]
        idx = sorted(range(n), key=keys.__getitem__, reverse=True)
        out = [keys[j] for j in idx]
    print(label, kind, n, how, state['n'], state['h'], order_digest(out))


seed = 1
for kind in KINDS:
    for n in SIZES:
        seed += 1
        run('s', kind, n, seed, 'plain')
HOWS = ['plain', 'reverse', 'key', 'keyrev']
master = Rng(2024)
for t in range(60):
    kind = KINDS[master.next(len(KINDS))]
    n = master.next(2001)
    how = HOWS[master.next(len(HOWS))]
    run('r', kind, n, 1000 + t, how)
