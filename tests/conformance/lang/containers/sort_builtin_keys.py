# Sorting lists of built-in keys (ints of every size, one-byte and wider strs, floats,
# tuples of them): the order, and the stability among equal keys, are CPython's.

MOD = (1 << 61) - 1


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % bound


def digest(values):
    h = 0
    for v in values:
        for ch in repr(v):
            h = (h * 1000003 + ord(ch)) % MOD
    return h


def stable_digest(keys):
    # Positions sorted by key: stability shows in the order of equal keys' positions.
    order = sorted(range(len(keys)), key=keys.__getitem__)
    h = 0
    for i in order:
        h = (h * 1000003 + i) % MOD
    return h


rng = Rng(5)


def some_int():
    kind = rng.next(6)
    if kind == 0:
        return rng.next(1000) - 500
    if kind == 1:
        return (rng.next(1 << 31) - (1 << 30)) * (1 << rng.next(40))
    if kind == 2:
        base = 1 << (30 * (1 + rng.next(4)))
        return base + rng.next(300) - 150
    if kind == 3:
        return -(1 << rng.next(1100)) + rng.next(3)
    if kind == 4:
        return (1 << (30 * rng.next(40))) * (rng.next(3) - 1) + rng.next(1 << 20)
    return rng.next(1 << 62) << rng.next(70)


def some_str(wide):
    n = rng.next(12)
    alphabet = 'ab\x00\xff\xe9zA' + ('€𝄞ⅷ' if wide else '')
    prefix = ['', 'common_', 'commo', 'common_prefix_'][rng.next(4)]
    return prefix + ''.join(alphabet[rng.next(len(alphabet))] for _ in range(n))


def some_float():
    kind = rng.next(5)
    if kind == 0:
        return float(rng.next(20) - 10)
    if kind == 1:
        return (rng.next(1 << 40) - (1 << 39)) / 7.0
    if kind == 2:
        return [0.0, -0.0, float('inf'), -float('inf'), 5e-324, 1.7976931348623157e308][rng.next(6)]
    return rng.next(1 << 53) * 2.0 ** (rng.next(200) - 100)


for n in (2, 10, 100, 1000, 3000):
    ints = [some_int() for _ in range(n)]
    print('ints', n, digest(sorted(ints)), stable_digest(ints), stable_digest([-x for x in ints]))
    small = [rng.next(2 * n) - n for _ in range(n)]
    print('small ints', n, digest(sorted(small)), stable_digest(small))
    strs = [some_str(False) for _ in range(n)]
    print('latin strs', n, digest(sorted(strs)), stable_digest(strs))
    wide = [some_str(True) for _ in range(n)]
    print('strs', n, digest(sorted(wide)), stable_digest(wide))
    floats = [some_float() for _ in range(n)]
    print('floats', n, digest(sorted(floats)), stable_digest(floats))
    pairs = [(rng.next(5), some_str(False), rng.next(3)) for _ in range(n)]
    print('tuples', n, digest(sorted(pairs)), stable_digest(pairs), stable_digest([p[:2] for p in pairs]))
    mixed = [rng.next(10) if rng.next(2) else rng.next(10) + 0.5 for _ in range(n)]
    print('int/float', n, digest(sorted(mixed)), stable_digest(mixed))

print(sorted([1 << 1200, -(1 << 1200), 1 << 1201, (1 << 1200) + 1, 0, -1, 1 << 30, (1 << 30) - 1, -(1 << 30)]))
print(sorted([2**60 + 2**7, 2**60, 2**60 + 1, 2**60 + 127, 2**60 + 128, -2**60 - 1, -2**60]))
print(sorted(['common_prefix_b', 'common_prefix_a', 'common_prefix_', 'common', 'comm\x00', 'comm']))
