# sys.getsizeof of generators and generator expressions with closures, try/finally, yield from, many parameters, walrus.
import sys
def outer(n, m):
    k = 3
    g1 = (x * k for x in range(n))
    g2 = (x + y for x in range(n) for y in range(m) if x != y)
    g3 = ((a, b) for a, b in zip(range(n), range(m)))
    g4 = (f'{x}:{k}:{n}' for x in range(n))
    def gen_inner():
        total = 0
        for i in range(n):
            try:
                total += yield i
            except ValueError:
                pass
            finally:
                k
        return total
    return [sys.getsizeof(g) for g in (g1, g2, g3, g4, gen_inner())]
print(outer(2, 3))
class K:
    items = [1, 2]
    g = (i for i in items)
    size = sys.getsizeof(g)
print(K.size)
def deleg():
    yield from range(3)
    x = yield
    return x
print(sys.getsizeof(deleg()))
def many(a, b, c, d, *args, e=1, **kw):
    w = [a, b, c, d, args, e, kw]
    yield w
print(sys.getsizeof(many(1, 2, 3, 4)))
def walrus():
    if (n := 10) > 5:
        yield [y for y in range(n) if (z := y) > 2]
print(sys.getsizeof(walrus()))
