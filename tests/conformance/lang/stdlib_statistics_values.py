import statistics as st
from fractions import Fraction as F
import random
rng = random.Random(12345)
datasets = [
    [1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], [0.1, 0.2, 0.3], [1e50, 1, -1e50] * 10,
    [F(1, 3), F(2, 7), F(5, 6)], [1, 2.5], [True, False, True], [3], [-1.5, -2.25, 7],
    [1e308, 1e308], [0.1] * 10, list(range(100)), [x / 7 for x in range(1, 30)],
    [F(3, 7), 2, F(1, 21)], [2, 4.0, F(1, 2)], [1, float('inf')], [1.0, float('nan')], [5, 5, 5],
]
for _ in range(40):
    k = rng.randint(2, 30)
    kind = rng.randint(0, 3)
    if kind == 0: d = [rng.randint(-1000, 1000) for _ in range(k)]
    elif kind == 1: d = [rng.uniform(-1e3, 1e3) for _ in range(k)]
    elif kind == 2: d = [rng.uniform(-1e-5, 1e-5) for _ in range(k)]
    else: d = [rng.random() * 10 ** rng.randint(-20, 20) for _ in range(k)]
    datasets.append(d)
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
         st.variance, st.pvariance, st.stdev, st.pstdev, st.quantiles, st.geometric_mean, st.harmonic_mean,
         lambda d: st.quantiles(d, n=10, method='inclusive'), lambda d: st.quantiles(d, n=3)]
for d in datasets:
    print('data', d[:6], len(d))
    for f in funcs:
        try: r = f(d)
        except Exception as e: r = '%s: %s' % (type(e).__name__, e)
        print(' ', getattr(f, '__name__', 'q'), repr(r), type(r).__name__)
    try: print('  iter mean', st.mean(iter(d)), st.variance(iter(d)), st.fmean(iter(d)))
    except Exception as e: print('  iter', type(e).__name__, e)
for f in funcs[:15]:
    for d in ([], [1]):
        try: print(f.__name__, d, repr(f(d)))
        except Exception as e: print(f.__name__, d, type(e).__name__, e)
for bad in (['a', 'b'], [1, 'x'], [1j, 2j]):
    for f in (st.mean, st.variance, st.stdev, st.median, st.fmean):
        try: print(f.__name__, repr(f(bad)))
        except Exception as e: print(f.__name__, type(e).__name__, e)
print(st.variance([1, 2, 3, 4], 2), st.variance([1.0, 2, 3], 2), st.pvariance([1, 2, 3, 4], 2.5), st.stdev([1, 2, 3, 4], 2.5), st.pstdev([F(1, 3), F(1, 2)], F(5, 12)))
print(st.mode('abracadabra'), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.mode([(1, 2), (1, 2), (3,)]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(x for x in [1, 2]))
for args in (([1, 2], [1]), ([1, 2], [0, 0])):
    try: print(st.fmean(*args))
    except Exception as e: print(type(e).__name__, e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=5, method='inclusive'), st.quantiles([1.5, 2], n=1))
for kw in ({'n': 0}, {'method': 'x'}):
    try: print(st.quantiles([1, 2, 3], **kw))
    except Exception as e: print(type(e).__name__, e)
try: st.quantiles([1])
except st.StatisticsError as e: print('SE', e)
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2, 0]), st.harmonic_mean([F(1, 2), F(1, 3)]))
for d in ([-1, 2], [-1]):
    try: print(st.harmonic_mean(d))
    except Exception as e: print(type(e).__name__, e)
try: st.harmonic_mean(['x'])
except TypeError as e: print(e)
try: st.geometric_mean([1, -1])
except st.StatisticsError as e: print(e)
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
lr = st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True); print(lr, lr.slope, lr.intercept, type(lr).__name__)
for f, a in ((st.covariance, ([1, 2], [1])), (st.correlation, ([1], [1])), (st.correlation, ([1, 1], [1, 2])), (st.linear_regression, ([1, 1], [2, 3]))):
    try: print(f(*a))
    except st.StatisticsError as e: print(f.__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__mro__[1].__name__, sorted(n for n in st.__all__ if n != 'NormalDist'))
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.mean([1, 2, 3, 4, 4]), st.mean([-1.0, 2.5, 3.25, 5.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
class MyFloat(float): pass
r = st.mean([MyFloat(1.5), MyFloat(2)]); print(type(r).__name__, r)
r = st.mean([1, MyFloat(2)]); print(type(r).__name__, r)
try: st.mean([F(1,2), MyFloat(2)]); print('ok')
except TypeError as e: print(e)
