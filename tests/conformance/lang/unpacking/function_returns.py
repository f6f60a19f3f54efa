def min_max(values):
    return min(values), max(values)


def stats(values):
    n = len(values)
    mean = sum(values) / n
    return n, mean, sorted(values)[n // 2]


lo, hi = min_max([4, 1, 7])
n, mean, median = stats([3, 1, 4, 1, 5])
print(lo, hi, n, mean, median)
result = min_max('hello')
print(result, type(result).__name__)
q, r = divmod(47, 5)
print(q, r)
