# Values of a partly evaluated expression: released top of the stack first when an
# exception unwinds, and held by a suspended generator (visible to gc.get_referents and
# sys.getrefcount) while a `yield` inside the expression waits.
import gc
import sys


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def build():
    return (T(1), [T(2)], T(3), 1 / 0)


try:
    build()
except ZeroDivisionError:
    print('ZeroDivisionError')


def in_generator():
    yield (T(4), [T(5)], 1 / 0)


try:
    next(in_generator())
except ZeroDivisionError:
    print('ZeroDivisionError in generator')


def nested(a):
    r = [a, (yield 'first'), T(6)]
    yield r


g = nested(T(0))
print(next(g))
print([type(x).__name__ for x in gc.get_referents(g)][5:])
print(len(g.send(T(7))))
del g
print('--')


def call_pending(f):
    value = f(T(8), (yield 'waiting'), T(9))
    yield value


g = call_pending(lambda *a: len(a))
next(g)
print([type(x).__name__ for x in gc.get_referents(g)][5:])
g.close()
print('closed')
o = T(10)


def hold(x):
    yield [x, (yield 1)]


g = hold(o)
next(g)
print(sys.getrefcount(o))
del g
print(sys.getrefcount(o))
print('end')
