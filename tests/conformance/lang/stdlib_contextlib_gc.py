# What the collector finds after typical uses of contextlib and functools: no garbage cycles
# from with blocks, exit stacks, caches, partials or dispatch; cached_property's only.
import gc, contextlib, functools
gc.disable()

@contextlib.contextmanager
def cm():
    yield

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError:
        pass

gc.collect()
for i in range(10):
    try:
        with cm():
            raise ValueError(i)
    except ValueError:
        pass
print('cm', gc.collect())
for i in range(10):
    with swallow():
        raise ValueError(i)
print('swallow', gc.collect())
for i in range(10):
    with contextlib.suppress(KeyError):
        {}[i]
print('suppress', gc.collect())
for i in range(10):
    try:
        with contextlib.ExitStack() as st:
            st.enter_context(cm())
            st.callback(print, end='')
            raise KeyError(i)
    except KeyError:
        pass
print('exitstack', gc.collect())
for i in range(10):
    with contextlib.ExitStack() as st:
        st.enter_context(swallow())
        raise ValueError
print('exitstack swallow', gc.collect())

@functools.lru_cache
def f(x):
    return [x]
for i in range(10):
    f(i)
f.cache_clear()
print('lru', gc.collect())
p = functools.partial(print, end='')
for i in range(10):
    p()
print('partial', gc.collect())

@functools.singledispatch
def g(x):
    return x
g.register(int, lambda x: x)
for i in range(10):
    g(i); g('s')
print('singledispatch', gc.collect())
class C:
    @functools.cached_property
    def v(self):
        return [self]
for i in range(10):
    C().v
print('cached_property', gc.collect())
