# A suspended generator that refers to itself is freed by the collector (and its finally runs).
import gc

gc.collect()


def selfref():
    me = yield
    try:
        yield 'waiting'
    finally:
        print('generator finally')


g = selfref()
next(g)
g.send(g)
del g
print(gc.collect())
