# Caches and partials in reference cycles are collected by gc.
import functools
import gc
import weakref


class Node:
    pass


def check(name, build):
    gc.collect()
    n = Node()
    build(n)
    r = weakref.ref(n)
    del n
    gc.collect()
    print(name, r() is None)


def cached(n):
    @functools.lru_cache(maxsize=None)
    def f(x):
        return n
    f(1)
    n.f = f


def bounded(n):
    f = functools.lru_cache(maxsize=2)(lambda x: [n, x])
    f(1)
    f(2)
    n.f = f


def part(n):
    n.p = functools.partial(print, n)


def cmpkey(n):
    n.k = functools.cmp_to_key(lambda a, b: 0)(n)


check('lru_cache', cached)
check('lru_cache bounded', bounded)
check('partial', part)
check('cmp_to_key', cmpkey)
