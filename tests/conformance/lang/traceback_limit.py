# PyTraceBack_Print shows only the newest 1000 entries (or sys.tracebacklimit of them;
# zero or less shows no traceback at all), and repeats are folded after that cut.
import sys


def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)


def f(n):
    if n == 0:
        raise KeyError("deep")
    g(n)


def g(n):
    f(n - 1)


sys.setrecursionlimit(5000)
try:
    down(1500)
except ValueError:
    sys.excepthook(*sys.exc_info())
print("---")
for lim in (None, 3, 1, 0, -1, True, 10**30, "x"):
    if lim is not None:
        sys.tracebacklimit = lim
    try:
        f(5)
    except KeyError:
        sys.excepthook(*sys.exc_info())
    print("---", lim)
del sys.tracebacklimit
sys.tracebacklimit = 2
f(3)
