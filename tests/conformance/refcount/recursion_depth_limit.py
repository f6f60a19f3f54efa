# sys.setrecursionlimit refuses a limit at or below the current recursion depth, counting
# its own call as CPython does; getrecursionlimit takes no arguments.
import sys


def frames():
    n, f = 0, sys._getframe()
    while f is not None:
        n, f = n + 1, f.f_back
    return n


def probe():
    # (Nothing is printed while the limit is low: print itself would pass it.)
    d = frames()
    results = []
    for lim in range(d - 1, d + 4):
        try:
            sys.setrecursionlimit(lim)
            outcome = "ok"
        except RecursionError as e:
            outcome = str(e).replace(str(lim), "LIMIT").replace(str(d + 1), "FRAMES+1")
        sys.setrecursionlimit(1000)
        results.append((lim - d, outcome))
    for r in results:
        print(*r)


probe()
try:
    sys.getrecursionlimit(42)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.getrecursionlimit())
