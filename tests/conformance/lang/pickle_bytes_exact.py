# pickle.dumps of a varied generated corpus at protocols 0-5 must be python3's C pickler's
# bytes exactly (opcodes, memo, batches of 1000, frames), and loads must round-trip them.
import pickle, hashlib, collections, dataclasses, random

rng = random.Random(1234)


class Plain:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return type(other) is Plain and (self.a, self.b) == (other.a, other.b)


class Reduced:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reduced, (self.x,))

    def __eq__(self, other):
        return type(other) is Reduced and self.x == other.x


class Slotted:
    __slots__ = ('p', 'q')

    def __init__(self, p, q):
        self.p, self.q = p, q

    def __eq__(self, other):
        return type(other) is Slotted and (self.p, self.q) == (other.p, other.q)


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v, 'extra': [self.v]}

    def __setstate__(self, st):
        self.v = st['v']

    def __eq__(self, other):
        return type(other) is WithState and self.v == other.v


class NewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs_ex__(self):
        return (int(self),), {'tag': self.tag}


Point = collections.namedtuple('Point', 'x y')


@dataclasses.dataclass
class DC:
    name: str
    items: list
    score: float = 0.5


def atom():
    k = rng.randrange(12)
    if k == 0:
        return rng.choice([None, True, False])
    if k == 1:
        return rng.randrange(-300, 300)
    if k == 2:
        return rng.choice([0, 255, 256, 65535, 65536, -1, -128, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
                           2**63, -2**63, 2**64 - 1, 2**200, -2**200, 2**2100, -(2**2100) + 1])
    if k == 3:
        return rng.choice([0.0, -0.0, 1.5, -2.25e-300, 1e300, float('inf'), float('-inf'), float('nan'),
                           rng.random()])
    if k == 4:
        return ''.join(rng.choice('abcxyz_\n\\\0é€😀') for _ in range(rng.randrange(0, 12)))
    if k == 5:
        return rng.choice(['', 'a', 'x' * 255, 'y' * 256, 'é' * 128, '\ud800x', 'a\udfffb'])
    if k == 6:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 10)))
    if k == 7:
        return rng.choice([b'', b'\x00' * 255, b'\xff' * 256])
    if k == 8:
        return rng.choice([Plain(1, 'two'), Reduced(rng.randrange(5)), Slotted(1, [2]), WithState(3),
                           Point(1, 2), DC('n', [1, 2])])
    if k == 9:
        return complex(1, -2)
    if k == 10:
        return bytearray(b'ba' * rng.randrange(3))
    return rng.choice([len, int, pickle.PickleError, range(2, 9, 3), slice(None, 4), Ellipsis, type(None)])


def value(depth):
    if depth <= 0 or rng.random() < 0.3:
        return atom()
    k = rng.randrange(6)
    n = rng.choice([0, 1, 2, 3, 4, 5, 9])
    if k == 0:
        return [value(depth - 1) for _ in range(n)]
    if k == 1:
        return tuple(value(depth - 1) for _ in range(n))
    if k == 2:
        return {rng.choice(['k%d' % i, i, (i, 't'), -i * 1.5]): value(depth - 1) for i in range(n)}
    if k == 3:
        return set(rng.randrange(50) for _ in range(n)) | {(i, -i) for i in range(n)}
    if k == 4:
        return frozenset(rng.randrange(50) for _ in range(n))
    shared = value(depth - 1)
    return [shared, (shared, shared), {'again': shared}]


def digest(b):
    return hashlib.sha1(b).hexdigest()[:16]


def same(a, b):
    # == that also holds for nan and for the cycles made below.
    if isinstance(a, float) and a != a:
        return isinstance(b, float) and b != b
    try:
        return a == b or repr(a) == repr(b)
    except RecursionError:
        return True


corpus = [value(3) for _ in range(40)]
a = [1, 'shared']
cyc = [a, a]
cyc.append(cyc)
d = {'x': a}
d['me'] = d
t = ([], 'tail')
t[0].append(t)
corpus += [
    cyc, d, t, (a, a, [a]),
    list(range(999)), list(range(1000)), list(range(1001)), list(range(2001)),
    {i: str(i) for i in range(1000)}, {i: None for i in range(1001)}, {i: i for i in range(2000)},
    set(range(1000)), set(range(1001)), frozenset(range(1500)),
    [('x' * 1000, i) for i in range(150)],
    [{'a': i, 'b': [i, str(i)], 'c': i * 0.5} for i in range(600)],
    ['s' * (i * 997 % 5000) for i in range(40)],
    [b'b' * (i * 1931 % 9000) for i in range(30)],
    [NewArgs(5, 'tag'), NewArgs(6, 'tag')],
    ['a', 'z' * 70000, b'q' * 70000, ['x' * 300] * 300, 'b'],
    [value(3) for _ in range(5)] + ['z' * 70000] + [value(3) for _ in range(5)],
]

for i, v in enumerate(corpus):
    for proto in range(6):
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(i, proto, 'dumps', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(i, proto, len(data), digest(data), same(v, back) if i < 40 else type(back).__name__)

# Small ones in full, for a readable diff.
for v in [[1, 2.5, 'a', b'b', None, True], {'k': (1, 2)}, [a, a], (cyc,), {3, 4}, frozenset({5})]:
    for proto in range(6):
        print(proto, pickle.dumps(v, proto))
