# An inconsistent `<` (answers from a generator, not from the values) drives timsort down
# paths a consistent one never takes; the comparisons asked and the permutation left must
# still be CPython's. Also: `<` results that are not bools go through truth testing.

MOD = (1 << 61) - 1
st = {'x': 1, 'h': 0, 'n': 0, 'bias': 2}


def coin():
    st['x'] = (st['x'] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (st['x'] >> 40) % st['bias'] == 0


class Fickle:
    __slots__ = ('i',)

    def __init__(self, i):
        self.i = i

    def __lt__(self, other):
        st['h'] = (st['h'] * 1000003 + self.i * 65599 + other.i + 1) % MOD
        st['n'] += 1
        return coin()


def digest(items):
    h = 0
    for it in items:
        h = (h * 1000003 + it.i + 1) % MOD
    return h


for bias in (2, 3, 5, 17, 64):
    for n in (5, 64, 65, 300, 1000, 2000):
        st['x'] = bias * 7919 + n
        st['h'] = 0
        st['n'] = 0
        st['bias'] = bias
        items = [Fickle(i) for i in range(n)]
        items.sort(reverse=(n % 2 == 1))
        assert sorted(it.i for it in items) == list(range(n))
        print(bias, n, st['n'], st['h'], digest(items))


# Mostly consistent, sometimes lying: long galloping stretches with occasional surprises.
class Liar:
    __slots__ = ('v', 'i')

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        st['n'] += 1
        st['h'] = (st['h'] * 1000003 + self.i * 65599 + other.i + 1) % MOD
        if st['n'] % st['bias'] == 0:
            return not (self.v < other.v)
        return self.v < other.v


for bias in (11, 50, 97, 500):
    for n in (200, 1000, 2000):
        st['n'] = 0
        st['h'] = 0
        st['bias'] = bias
        vals = [(i * 7919) % (n // 3 + 1) if i % 3 else i for i in range(n)]
        items = [Liar(v, i) for i, v in enumerate(vals)]
        items.sort()
        print('liar', bias, n, st['n'], st['h'], digest(items))


# `<` answering with objects: their truth decides.
class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('bool', self.v)
        return self.v > 0


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(other.v - self.v)

    def __repr__(self):
        return f'W{self.v}'


print(sorted([Weird(3), Weird(1), Weird(2), Weird(1), Weird(0)]))


class Counted:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [0] * (other.v > self.v)

    def __repr__(self):
        return f'C{self.v}'


print(sorted([Counted(v) for v in (5, 3, 8, 1, 9, 2, 7)]))
