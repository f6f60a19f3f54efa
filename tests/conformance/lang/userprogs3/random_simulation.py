import random
import statistics

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.sample(deck, 5), random.sample(range(1000), 4))
print([round(random.uniform(-5, 5), 6) for _ in range(4)])
print([round(random.gauss(0, 1), 8) for _ in range(4)])
print(random.randrange(10), random.randrange(0, 100, 7), random.getrandbits(70))
print(random.choices("abc", k=8), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=6))
print(random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
r = random.Random(7)
print(r.random(), r.randint(0, 10**30), r.choice([1, 2, 3]))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(123456789012345678901234567890)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(3.5)
print(random.random())
print(random.randbytes(6))
random.seed(1)
# simulation: random walk and dice
pos = 0
hist = {}
for step in range(1000):
    pos += random.choice((-1, 1))
    hist[pos] = hist.get(pos, 0) + 1
print(pos, max(hist, key=hist.get), len(hist))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
from collections import Counter
c = Counter(rolls)
for total in sorted(c):
    print(f"{total:>2} {c[total]:>4} {'#' * (c[total] // 20)}")
print(statistics.mean(rolls), statistics.median(rolls), round(statistics.stdev(rolls), 6))
random.seed(99)
data = list(range(20))
random.shuffle(data)
print(data, random.sample(data, k=3))
print(random.sample(population=set_ if (set_ := None) else [1, 2, 3], k=2))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.randrange(1.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
