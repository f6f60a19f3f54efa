# Closures, nested functions and generator expressions under gc.get_count().
import gc

gc.collect()
gc.disable()


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc


c = gc.get_count()[0]
incs = [counter() for _ in range(10)]
print('10 closures:', gc.get_count()[0] - c)
c = gc.get_count()[0]
vals = [f() for f in incs]
print(vals, gc.get_count()[0] - c)
c = gc.get_count()[0]
total = sum(x * x for x in range(100))
print(total, gc.get_count()[0] - c)
c = gc.get_count()[0]
evens = list(x for x in range(10) if x % 2 == 0)
print(evens, gc.get_count()[0] - c)
del incs
print('dropped closures:', gc.get_count()[0] - c)
