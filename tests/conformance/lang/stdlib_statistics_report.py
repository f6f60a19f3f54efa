# A benchmark-style report: pause times of a simulated collector, summarised.
import statistics
from statistics import mean, median, stdev, pstdev, quantiles, fmean, mode, multimode, StatisticsError
from fractions import Fraction

def simulated_pauses(n, seed):
    # A linear congruential generator: deterministic "timings" in milliseconds.
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2 ** 31
        out.append(0.05 + (state % 10000) / 2500.0)
    return out

runs = {name: simulated_pauses(n, seed) for name, n, seed in [('gen0', 200, 1), ('gen1', 40, 7), ('gen2', 5, 42)]}
print(f"{'gen':<5}{'n':>5}{'mean':>10}{'median':>10}{'stdev':>10}{'p95':>10}{'max':>8}")
for name, pauses in runs.items():
    p95 = quantiles(pauses, n=20)[-1]
    print(f"{name:<5}{len(pauses):>5}{mean(pauses):>10.4f}{median(pauses):>10.4f}{stdev(pauses):>10.4f}{p95:>10.4f}{max(pauses):>8.3f}")
    print('  exact:', mean(pauses), median(pauses), stdev(pauses), pstdev(pauses), statistics.variance(pauses))
    print('  deciles:', quantiles(pauses, n=10))
    print('  fmean == mean?', fmean(pauses) == mean(pauses), fmean(pauses))

all_pauses = [p for ps in runs.values() for p in ps]
print('overall', mean(all_pauses), statistics.harmonic_mean(all_pauses), statistics.geometric_mean(all_pauses))
buckets = [round(p) for p in all_pauses]
print('mode bucket', mode(buckets), 'multimode', multimode(buckets), 'median_low/high', statistics.median_low(buckets), statistics.median_high(buckets))
print('grouped median', statistics.median_grouped(buckets), statistics.median_grouped(buckets, interval=2))

counts = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(mean(counts), median(counts), statistics.variance(counts), statistics.pvariance(counts), stdev(counts))
print(type(mean(counts)).__name__, type(mean([1, 2, 3])).__name__, type(median([1, 2, 3, 4])).__name__)
print(mean([Fraction(1, 3), Fraction(1, 6)]), statistics.variance([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4)]))
print(stdev([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4)]))
xs = list(range(1, 11)); ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0, 20.2]
print(statistics.covariance(xs, ys), statistics.correlation(xs, ys))
slope, intercept = statistics.linear_regression(xs, ys)
print(f'y = {slope:.6f}x + {intercept:.6f}', statistics.linear_regression(xs, ys))
for bad in ([], [1]):
    for f in (mean, median, stdev, mode):
        try:
            f(bad)
        except StatisticsError as e:
            print(f.__name__, bad, '->', e)
try:
    mean(['1', '2'])
except TypeError as e:
    print('TypeError:', e)
print(mean(map(float, ['1.5', '2.5'])), median(x * x for x in range(5)))
print(mean([1e20, 1, -1e20]), sum([1e20, 1, -1e20]) / 3)
print(statistics.mean(range(10**6, 10**6 + 101)), statistics.stdev(range(0, 1000, 7)))
