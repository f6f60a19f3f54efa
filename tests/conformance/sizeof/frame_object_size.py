# sys.getsizeof of frame objects and co_stacksize, for functions and a generator with a `with`.
import sys
def f(): return sys._getframe()
def g(a, b):
    x = [a, b, (a, b), {a: b}]
    return sys._getframe()
def h(*args, **kw):
    def inner():
        return args
    return sys._getframe()
for fn, a in [(f, ()), (g, (1, 2)), (h, (1,))]:
    fr = fn(*a)
    print(fn.__name__, fn.__code__.co_stacksize, fn.__code__.co_nlocals, sys.getsizeof(fr))
print(sys.getsizeof(sys._getframe()) > 100)
def gen(n):
    for i in range(n):
        with open_ctx() as c:
            yield [i, c, {i: (c, i)}]
class open_ctx:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
g1 = gen(3)
print(sys.getsizeof(g1), gen.__code__.co_stacksize)
print([sys.getsizeof(x) for x in (g1.gi_frame,)])
next(g1)
print(sys.getsizeof(g1), sys.getsizeof(g1.gi_frame))
