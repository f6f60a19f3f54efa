# How deep a recursion goes before RecursionError depends on what each step calls through:
# plain calls count one level, a comparison with a class's __eq__ one more, a call of an
# object through tp_call (a class, __call__, the lru_cache wrapper) one more, a partial none.
import functools
import sys


def plain():
    def f(n):
        try:
            return f(n + 1)
        except RecursionError:
            return n
    return f(0)


def through_lru_cache():
    @functools.lru_cache(maxsize=None)
    def f(n):
        try:
            return f(n + 1)
        except RecursionError:
            return n
    return f(0)


def through_cache():
    @functools.cache
    def f(n):
        try:
            return f(n + 1)
        except RecursionError:
            return n
    return f(0)


def through_partial():
    def f(n):
        try:
            return g(n + 1)
        except RecursionError:
            return n
    g = functools.partial(f)
    return f(0)


def through_eq():
    class E:
        def __init__(self, n):
            self.n = n

        def __eq__(self, other):
            try:
                return E(self.n + 1) == other
            except RecursionError:
                return self.n
    return E(0) == 1


def through_call():
    class C:
        def __call__(self, n):
            try:
                return self(n + 1)
            except RecursionError:
                return n
    return C()(0)


def through_method():
    class A:
        def f(self, n):
            try:
                return self.f(n + 1)
            except RecursionError:
                return n
    return A().f(0)


for fn in (plain, through_lru_cache, through_cache, through_partial, through_eq, through_call, through_method):
    print(fn.__name__, fn())
sys.setrecursionlimit(2000)
print("limit 2000:", plain(), through_lru_cache(), through_partial(), through_eq())
