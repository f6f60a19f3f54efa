# A generator that holds itself in a local is a one-object cycle (generator → frame →
# generator). Only the collector frees it, and its finally runs when it does.
import gc
import weakref

gc.collect()


def selfish():
    me = yield 'started'
    try:
        yield 'holding myself'
    finally:
        print('finally: I was', type(me).__name__, 'gi_running =', me.gi_running)


g = selfish()
print(next(g))
print(g.send(g))
r = weakref.ref(g)
print(gc.is_tracked(g), g in gc.get_referents(g))
del g
print('alive before collect:', r() is not None)
print('collected', gc.collect())
print('alive after collect:', r() is not None)
