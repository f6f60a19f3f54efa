import statistics
from fractions import Fraction
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3]), statistics.median_low([1, 2, 3, 4]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(statistics.fmean([1.5, 2.5]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 2]), statistics.multimode("aabbc"), statistics.mean([Fraction(1, 3), Fraction(1, 6)]))
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.median_grouped([52, 52, 53, 54]), statistics.median_high([1, 3, 5, 7]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 8]), statistics.covariance([1, 2, 3], [1, 2, 4]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15); print(nd, nd.cdf(115), nd.inv_cdf(0.5), nd.pdf(100), nd.overlap(statistics.NormalDist(110, 15)), nd.zscore(130), nd.quantiles(4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(statistics.mean([1, 2.5]), statistics.mean([True, False]), statistics.median([]) if False else 0)
