# The arguments of a call refused by the recursion limit are released (they were leaked
# once), and the RecursionError comes back through the calling frames with its traceback.
import sys


class Arg:
    pass


a = Arg()


def f(x, n):
    return f(x, n + 1)


def g(x, *rest, k=1):
    return g(x, *rest, k=k)


before = sys.getrefcount(a)
for fn in (f, g):
    for i in range(3):
        try:
            fn(a, 0)
        except RecursionError as e:
            tb = e.__traceback__
            depth = 0
            while tb is not None:
                depth += 1
                tb = tb.tb_next
            print(type(e).__name__, e, depth > 100)
print(sys.getrefcount(a) - before)


def h(n):
    if n == 0:
        return [1][2]
    return h(n - 1)


try:
    h(50)
except IndexError as e:
    print(repr(e))
