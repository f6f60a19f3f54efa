from statistics import NormalDist, StatisticsError
import statistics
n = NormalDist(100, 15)
print(n, repr(NormalDist()), n.mean, n.median, n.mode, n.stdev, n.variance)
for p in (1e-300, 1e-20, 1e-10, 0.0001, 0.01, 0.02425, 0.05, 0.075, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.925, 0.975, 0.99, 0.9999, 1 - 1e-12):
    print(p, NormalDist().inv_cdf(p), n.inv_cdf(p))
print(n.quantiles(), n.quantiles(10), NormalDist().quantiles(n=5))
for x in (70, 85, 100, 115.5, 130, 160):
    print(x, n.pdf(x), n.zscore(x))
print(round(n.cdf(130), 12), round(NormalDist().cdf(0), 12), round(NormalDist(2, 3).cdf(1), 12))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12), round(n.overlap(n), 12), round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 12))
a = NormalDist(1, 2); b = NormalDist(3, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 3, 3 * a, a * -2, a / 2, -a, +a, a == NormalDist(1, 2), a == b, a == 1, hash(a) == hash(NormalDist(1.0, 2.0)))
fs = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]); print(fs, fs.mean, fs.stdev)
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1), lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5),
            lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: NormalDist().overlap(3), lambda: NormalDist(0, 0).overlap(NormalDist()), lambda: NormalDist(0, 0).zscore(1), lambda: NormalDist.from_samples([1])):
    try: print(bad())
    except (StatisticsError, TypeError) as e: print(type(e).__name__, e)
print(len(NormalDist(5, 2).samples(5, seed=1)), NormalDist.__slots__ if isinstance(NormalDist.__slots__, tuple) else sorted(NormalDist.__slots__))
print(NormalDist.mean.__doc__, '|', NormalDist.variance.__doc__)
import copy; print(copy.copy(a), copy.deepcopy(b), a.__getstate__())
