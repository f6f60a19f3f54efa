import random

r = random.Random(3)
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show(r.randrange, 0)
show(r.randrange, -5)
show(r.randrange, 5, 5)
show(r.randrange, 5, 1)
show(r.randrange, 1, 10, 0)
show(r.randrange, 1, 10, -1)
show(r.randrange, 10, step=2)
show(r.randint, 5, 4)
show(r.choice, [])
show(r.choice, '')
show(r.choice, {1: 'a', 0: 'b'})
show(r.sample, {1, 2, 3}, 2)
show(r.sample, {'a': 1}, 1)
show(r.sample, range(3), 4)
show(r.sample, range(3), -1)
show(r.sample, 'abc', 2, counts=[1, 2])
show(r.sample, 'abc', 2, counts=[0, 0, 0])
show(r.sample, 'abc', 2, counts=[1.0, 2, 1])
show(r.choices, 'abc', [1, 2])
show(r.choices, 'abc', [0, 0, 0])
show(r.choices, 'abc', [1, float('inf'), 1])
show(r.choices, 'abc', [1, 2, 3], cum_weights=[1, 2, 3])
show(r.choices, 'abc', 3)
show(r.choices, [], k=2)
show(r.gammavariate, 0, 1)
show(r.gammavariate, 1, -1)
show(r.seed, [1, 2])
show(r.seed, {})
show(r.setstate, (9, (), None))
show(r.getrandbits, -1)
show(r.getrandbits, 0)
show(r.expovariate, 0)
show(r.triangular, 2, 2)
show(random.SystemRandom().getstate)
show(random.SystemRandom().setstate, None)
print(random.SystemRandom().seed(5), 0 <= random.SystemRandom().random() < 1)
print(type(random.SystemRandom().randint(1, 6)), issubclass(random.SystemRandom, random.Random))
print(random.Random.VERSION, isinstance(random.Random(), random.Random))
x = [1, 2, 3]
print(r.shuffle(x), sorted(x))
print(r.choices([5], k=0), r.sample([], 0))

# Subclasses choose how _randbelow draws.
class OnlyRandom(random.Random):
    def random(self):
        return 0.3
class OwnBits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 2 else 1
o = OnlyRandom(1)
print(o.randrange(10), o.randint(1, 100), o.choice('abcdef'), o.sample(range(10), 3))
b = OwnBits(1)
print(b.randrange(10), b.randint(1, 100), b.choice('abcdef'))
names = [n for n in random.__all__] if hasattr(random, '__all__') else []
print(sorted(n for n in ['seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange', 'shuffle',
     'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular',
     'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits',
     'choices', 'SystemRandom', 'randbytes', 'Random'] if callable(getattr(random, n))))
print(random.BPF, random.RECIP_BPF, random.TWOPI, round(random.NV_MAGICCONST, 12), round(random.SG_MAGICCONST, 12), round(random.LOG4, 12))
print(r.randrange(10, step=1) in range(10), random.Random(True).random() == random.Random(1).random())
class NoSuper(random.Random):
    def __init__(self):
        pass
print(0.0 <= NoSuper().random() < 1.0, NoSuper().gauss_next if hasattr(NoSuper(), 'gauss_next') else 'no gauss_next')
class Seeded(random.Random):
    def seed(self, a=None, version=2):
        super().seed(12345 if a is None else a)
print(Seeded().random() == random.Random(12345).random(), Seeded(7).randint(1, 1000))
import copy
c = copy.copy(random.Random(11))
print(type(c).__name__, c.random() == random.Random(11).random())
r4 = random.Random(4)
r4.gauss()
c4 = copy.deepcopy(r4)
print(c4.gauss() == r4.gauss(), c4.getstate() == r4.getstate())
