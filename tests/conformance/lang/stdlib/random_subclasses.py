import random, collections
from collections.abc import Sequence
r = random.Random(31)
print(r.sample(collections.deque(range(30)), 4), r.choice(collections.deque('xyz')))
class Seq(Sequence):
    def __len__(self): return 10
    def __getitem__(self, i):
        if not 0 <= i < 10: raise IndexError(i)
        return i * i
print(r.sample(Seq(), 3), r.choice(Seq()), r.choices(Seq(), k=2))
class NotSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return i
try: r.sample(NotSeq(), 2)
except TypeError as e: print(e)
print(r.choice(NotSeq()))
print(r.sample(range(10**12), 3), r.sample('abcdefghijklmnopqrstuvwxyz' * 3, 40)[:5])
class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0
b = Bits(5)
print([b.randrange(100) for _ in range(5)], b.randbytes(4), b.random())
class Both(random.Random):
    def random(self): return 0.25
    def getrandbits(self, k): return 3 % (1 << k) if k else 0
print(Both(1).randrange(10), Both(1).choice('abcdef'), Both().uniform(0, 8))
class Own(random.Random):
    def _randbelow(self, n): return n - 1
print(Own(1).randrange(10), Own(1).choice('abc'), Own(2).sample(range(5), 2))
class Child(Both): pass
print(Child(0).randrange(7))
random.seed(3)
x = list(range(50)); random.shuffle(x); print(x[:10])
print(random.random(), random.randbytes(3), random.getrandbits(70))
st = random.getstate()
random.setstate((2, tuple(w - 2**32 if i % 2 else w for i, w in enumerate(st[1][:-1])) + (st[1][-1],), None))
print(random.random() == random.Random().__class__ and 0 or 'v2 ok')
print(type(random.Random.__dict__['_randbelow']).__name__, random.Random._randbelow is random.Random._randbelow_with_getrandbits)
