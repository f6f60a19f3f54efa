import random
import statistics as st
from collections import Counter

random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(deck, 5))
print(random.choices("abc", weights=[1, 5, 10], k=10))
print(random.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=5))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12))
print(random.uniform(1, 2), random.triangular(0, 10, 3))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2, 1))
print(random.lognormvariate(0, 1), random.vonmisesvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(64), random.getrandbits(1), random.randbytes(6))
print(random.sample(range(1000000), 4), random.sample(["x", "y", "z"], k=3, counts=None))
print(random.sample(["r", "g"], counts=[3, 2], k=4))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a[0])

random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(12345678901234567890)
print(random.randint(0, 10 ** 30))
random.seed(-7)
print(random.random())
random.seed(3.5)
print(random.random())

rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
c = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {c[total]:>4} {'#' * (c[total] // 10)}")
print("mean", st.mean(rolls), "median", st.median(rolls), "mode", st.mode(rolls))
print("stdev", round(st.stdev(rolls), 6), "pvariance", round(st.pvariance(rolls), 6))
print(st.quantiles(rolls, n=4), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.fmean([1, 2, 3, 4.5]), st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]))
print(st.multimode("aabbbccccdddd"), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))

# Monte Carlo pi
rng2 = random.Random(7)
inside = sum(1 for _ in range(20000) if rng2.random() ** 2 + rng2.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

# random walk
rng3 = random.Random(99)
pos = 0
path = []
for step in range(30):
    pos += rng3.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))
print(rng3.shuffle(path), path[:5])
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
try:
    random.randint(1.5, 3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
