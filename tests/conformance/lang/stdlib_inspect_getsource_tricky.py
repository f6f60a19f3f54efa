# inspect.getsource over strings, continuations, decorators with arguments, nested and async defs.
import inspect, functools

def tricky(a="#not comment", b='it\'s'):
    s = """
  a dedented
    string with def inside:
def fake():
"""
    t = 1 + \
2
    return s, t

@functools.lru_cache(
    maxsize=None,
)
def cached(n):
    return n

async def coro():
    await something()

class K:
    def m(self):
        def inner():
            return 1
        return inner

    @property
    def p(self):
        return 2

def after(): pass

x = [lambda y: y + 1, lambda z: z * 2]

def last():
    pass
# trailing comment

for obj in (tricky, cached.__wrapped__, coro, K, K.m, K().m(), K.p.fget, after, x[0], last):
    print(repr(inspect.getsource(obj)))
print(inspect.getsourcelines(K.m)[1], inspect.getsourcelines(after))
