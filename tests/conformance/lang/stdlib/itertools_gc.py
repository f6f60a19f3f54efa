# Iterators of itertools that hold Python objects in cycles are collected by gc.
import gc
import itertools
import weakref


class Node:
    pass


def check(name, make):
    gc.collect()
    n = Node()
    n.it = make(n)
    r = weakref.ref(n)
    del n
    gc.collect()
    print(name, r() is None)


def advanced(it):
    next(it)
    return it


check('cycle', lambda n: advanced(itertools.cycle([n])))
check('tee', lambda n: advanced(itertools.tee([n, 1])[0]))
check('accumulate', lambda n: advanced(itertools.accumulate([[n]])))
check('groupby', lambda n: advanced(itertools.groupby([n, n])))
check('repeat', lambda n: itertools.repeat(n))
check('count', lambda n: itertools.count(0, 1))
check('chain', lambda n: advanced(itertools.chain([n], [n])))
check('product', lambda n: itertools.product([n], repeat=2))
check('islice', lambda n: itertools.islice([n, n], 1))
