# A comparison that raises stops list.sort where it is: the list keeps the permutation
# CPython's timsort had reached (in count_run, binarysort, a gallop, merge_lo or merge_hi),
# reversed back when reverse=True. Keys are released in their sorted order.

MOD = (1 << 61) - 1


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % bound


class Stop(Exception):
    pass


budget = [0]


class Item:
    __slots__ = ('v', 'i')

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        budget[0] -= 1
        if budget[0] < 0:
            raise Stop(self.i, other.i)
        return self.v < other.v

    def __repr__(self):
        return str(self.i)


def digest(items):
    h = 0
    for it in items:
        h = (h * 1000003 + it.i + 1) % MOD
    return h


def make(kind, n, rng):
    if kind == 'random':
        return [rng.next(3 * n + 1) for _ in range(n)]
    if kind == 'dups':
        return [rng.next(5) for _ in range(n)]
    if kind == 'runs':
        v = []
        while len(v) < n:
            k = 1 + rng.next(max(1, n // 4))
            base = rng.next(2 * n + 1)
            v.extend(sorted(base + rng.next(n + 1) for _ in range(k)))
        return v[:n]
    return [n - i if (i // 40) % 2 else i for i in range(n)]


def attempt(kind, n, seed, stop_after, how):
    vals = make(kind, n, Rng(seed))
    items = [Item(v, i) for i, v in enumerate(vals)]
    budget[0] = stop_after
    err = None
    try:
        if how == 'plain':
            items.sort()
        elif how == 'reverse':
            items.sort(reverse=True)
        elif how == 'key':
            keyed = list(items)
            order = list(range(n))
            order.sort(key=lambda j: keyed[j])
            items = [keyed[j] for j in order]
        else:
            order = list(range(n))
            try:
                order.sort(key=lambda j: items[j], reverse=True)
            finally:
                items = [items[j] for j in order]
    except Stop as e:
        err = e.args
    shown = items if n <= 40 else digest(items)
    print(kind, n, how, stop_after, err, shown)


for n in (2, 3, 10, 40):
    for k in range(0, n * 4, max(1, n // 3)):
        attempt('random', n, 7 + n, k, 'plain')
        attempt('dups', n, 8 + n, k, 'reverse')
rng = Rng(99)
HOWS = ['plain', 'reverse', 'key', 'keyrev']
for t in range(80):
    kind = ['random', 'dups', 'runs', 'zigzag'][t % 4]
    n = 100 + rng.next(1400)
    total = n * 12
    k = rng.next(total)
    attempt(kind, n, 500 + t, k, HOWS[rng.next(4)])


# Keys are released in their sorted order, after the sort (and before the list is back).
class Key:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        return self.v < other.v

    def __del__(self):
        print('del key', self.v, len(self.target))


data = [3, 1, 4, 1, 5, 9, 2, 6]
data.sort(key=lambda x: Key(x, data))
print(data)
data.sort(key=lambda x: Key(-x, data), reverse=True)
print(data)


# A key function that raises: the keys made so far are released, last first.
def bad_key(x):
    if x == 9:
        raise Stop('key', x)
    return Key(x, data)


try:
    data.sort(key=bad_key)
except Stop as e:
    print('Stop', e.args, data)
