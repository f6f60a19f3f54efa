import random

for seed in [0, 1, 42, -42, 2**32, 2**64 + 5, 10**30, 1.5, -2.25, "hello", "", b"abc", "héllo ünïcode", True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(8), random.getrandbits(33), random.getrandbits(100))

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], random.randrange(5, 50, 5), random.randrange(100, 0, -3))
print(random.randrange(2**80), random.randint(-10**20, 10**20), random.getrandbits(0))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)), random.choice((1,)))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10), random.sample('abcdef', 3), random.sample(range(10**6), 5))
print(random.sample(['a', 'b', 'c'], 5, counts=[1, 3, 2]) if False else random.sample(['a', 'b', 'c'], 4, counts=[1, 3, 2]))
print(random.choices('abc', k=5), random.choices(range(5), weights=[1, 0, 0, 5, 1], k=8))
print(random.choices(['x', 'y'], cum_weights=[0.3, 1.0], k=6), random.choices([1, 2, 3]))
print(random.uniform(1, 10), random.uniform(-1.5, 1.5), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.gauss(0, 1), random.normalvariate(), random.normalvariate(100, 15))
print(random.expovariate(1.5), random.lognormvariate(0, 0.5), random.vonmisesvariate(1.0, 2.0))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3.0, 1.5), random.betavariate(2, 5))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(5))

state = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(state)
b = [random.random() for _ in range(5)]
print(a == b, state[0], len(state[1]), state[1][-1], state[2])

r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(0, 99), r2.randint(0, 99), r1.choice('xyz'))
r3 = random.Random()
r3.seed('seed me')
print(r3.random(), random.Random('seed me').random())
print(r1.getstate() == r2.getstate(), isinstance(r1, random.Random))
for _ in range(700):
    r1.random()
print(r1.random(), r1.getrandbits(64))

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(99)
print([d.roll() for _ in range(10)], type(d).__name__)

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.randrange(10), m.choice('abcd'), m.uniform(0, 2))

errors = [
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1),
    lambda: random.choice([]),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.choices('ab', [1, 2, 3]),
    lambda: random.choices('ab', weights=[0, 0]),
    lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
    lambda: random.getrandbits(-1),
    lambda: random.gammavariate(-1, 1),
    lambda: random.seed([1, 2]),
    lambda: random.setstate((2, (1,) * 625, None)) or 'ok',
    lambda: random.setstate((9, (), None)),
    lambda: random.Random().setstate((3, (1, 2), None)),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
