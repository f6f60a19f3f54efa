# When a generator returns, raises, or is closed, its frame is cleared at once: the objects
# in its locals are freed even though the generator object is still alive.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('freed', self.name)


def returns():
    t = Tracked('returns')
    yield 1
    return t.name


def raises():
    t = Tracked('raises')
    yield 1
    raise ValueError(t.name)


def closed():
    t = Tracked('closed')
    yield 1
    yield t


g1 = returns()
next(g1)
try:
    next(g1)
except StopIteration as e:
    print('StopIteration', e.value)
print('g1 still here:', g1.gi_frame, g1.gi_suspended)

g2 = raises()
next(g2)
try:
    next(g2)
except ValueError as e:
    print('ValueError', e)
print('g2 still here:', g2.gi_frame)

g3 = closed()
next(g3)
g3.close()
print('g3 still here:', g3.gi_frame)

g4 = closed()
print('never started, closed:')
g4.close()
obj = Tracked('argument')
def holds(x):
    yield x
g5 = holds(obj)
print(sys.getrefcount(obj))
g5.close()
print(sys.getrefcount(obj))
print('end')
