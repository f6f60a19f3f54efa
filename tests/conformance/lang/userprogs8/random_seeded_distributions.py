import random, statistics
random.seed(42)
print(random.random(), random.randint(1, 6), random.choice("abcdef"), random.randrange(0, 100, 7))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(deck, 5), random.sample(range(1000), 4))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print([round(random.gauss(0, 1), 6) for _ in range(4)])
print([round(random.normalvariate(10, 2), 6) for _ in range(3)])
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(0.5))
print(random.gammavariate(2.0, 1.5), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(70), random.randbytes(5), random.getrandbits(0))
r = random.Random(2024)
print(r.randint(0, 10 ** 30), r.random(), r.choice(range(10 ** 12)))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(12345678901234567890)
print(random.random(), random.randrange(10))
random.seed(-5)
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = {s: rolls.count(s) for s in range(2, 13)}
for s, c in counts.items():
    print(f"{s:2} {c:4} {'#' * (c // 10)}")
print(statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls), round(statistics.pstdev(rolls), 6))
print(statistics.variance([1, 2, 3, 4, 5.5]), statistics.quantiles(rolls, n=4), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]), statistics.fmean([1, 2, 3.5]))
print(statistics.multimode("aabbbccdd"), statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.975), nd.pdf(100), nd.overlap(statistics.NormalDist(110, 10)))
random.seed(99)
items = list(range(10))
random.shuffle(items)
print(items, random.sample(items, k=3, counts=None))
print(random.sample(["a", "b"], counts=[3, 2], k=4))
print(random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "no binomialvariate")
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print("TypeError:", e)
