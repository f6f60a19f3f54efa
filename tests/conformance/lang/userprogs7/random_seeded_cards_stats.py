import random
random.seed(42)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.sample(deck, 5), random.randint(1, 6), random.randrange(0, 100, 7))
print([round(random.gauss(0, 1), 6) for _ in range(5)])
print([round(random.normalvariate(10, 2), 6) for _ in range(3)])
print(random.choices("abc", weights=[5, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=5))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.expovariate(1.5), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.vonmisesvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(64), random.random())
print(random.sample(range(1000000), 4), random.randbytes(6))
r = random.Random(2024)
print([r.randint(1, 100) for _ in range(10)])
state = r.getstate()
x = [r.random() for _ in range(3)]
r.setstate(state)
print(x == [r.random() for _ in range(3)])
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(12345678901234567890)
print(random.random(), random.randint(-10**20, 10**20))
random.seed(3.5) if False else random.seed(7)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
from collections import Counter
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2d} {'#' * (hist[total] // 10)} {hist[total]}")
lst = list(range(10))
random.shuffle(lst)
print(lst)
print(random.sample("population", k=4), random.sample({1, 2, 3}.__iter__ and sorted({1, 2, 3}), 2))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
print(random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "no binomialvariate")
import statistics
random.seed(1)
vals = [random.gauss(100, 15) for _ in range(50)]
print(round(statistics.mean(vals), 6), round(statistics.stdev(vals), 6), round(statistics.median(vals), 6))
print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.quantiles(range(1, 11), n=4))
print(statistics.pvariance([1, 2, 3, 4]), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 4]))
print(statistics.fmean([1, 2, 3.5]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
