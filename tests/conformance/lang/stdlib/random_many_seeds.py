import random

# Many seeds through every seeded API: the sequences are python3's bit for bit.
for seed in list(range(-3, 40)) + [2**31 - 1, 2**32 + 1, 2**63, 2**100 + 7, -(2**70), 0.1, 3.75, -0.0,
                                   'a', 'pymm', 'x' * 100, b'', b'\x00\xff', bytearray(b'seed')]:
    r = random.Random(seed)
    out = [r.random(), r.randint(-5, 5), r.randrange(0, 100, 7), r.getrandbits(1), r.getrandbits(31),
           r.getrandbits(32), r.getrandbits(65), r.choice('abcdefghij'), r.uniform(-2, 3)]
    xs = list(range(12))
    r.shuffle(xs)
    out.append(xs)
    out.append(r.sample(range(50), 6))
    out.append(r.sample(range(10**7), 3))
    out.append(r.choices('wxyz', weights=[1, 2, 3, 4], k=4))
    out.append(r.choices('wxyz', cum_weights=[1, 1, 5, 9], k=3))
    out.append(r.choices(range(9), k=3))
    out.append((r.gauss(), r.gauss(1, 3), r.normalvariate(2, 0.5), r.expovariate(0.25)))
    out.append((r.triangular(1, 3), r.triangular(1, 3, 2.5), r.lognormvariate(0, 1)))
    out.append((r.vonmisesvariate(0, 0), r.vonmisesvariate(2, 5), r.gammavariate(0.3, 2), r.gammavariate(7, 1)))
    out.append((r.betavariate(0.5, 0.5), r.paretovariate(2.5), r.weibullvariate(2, 3), r.randbytes(3)))
    out.append(r.randrange(10**25))
    print(repr(seed), out)

# Large ranges, negative steps, bigints.
r = random.Random(2024)
print([r.randrange(-10, 10, 3) for _ in range(8)], [r.randrange(10, -10, -4) for _ in range(8)])
print([r.randint(10**18, 10**18 + 5) for _ in range(5)], r.randrange(2**200), r.getrandbits(1000) % 10**9)
print(r.sample(list('abcdefghijklmnop'), 16), r.sample(range(1000), 0), r.sample((1, 2, 3), 3))
print(r.sample(['r', 'g', 'b'], 5, counts=[4, 2, 1]))

# seed(version=1), the default instance, getstate/setstate round trips.
for s in ['abc', b'abc', '', 'héllo']:
    r.seed(s, version=1)
    print(repr(s), r.random())
random.seed(5)
st = random.getstate()
one = [random.random(), random.gauss()]
random.setstate(st)
print(one == [random.random(), random.gauss()])
r2 = random.Random()
r2.setstate(st)
print(r2.random() == one[0], type(st), type(st[1]), len(st[1]), st[1][:3])
r3 = random.Random(1)
r3.gauss()
st3 = r3.getstate()
print(st3[2] is not None, random.Random().setstate(st3) is None)
