# Builtins that take their arguments in a tuple (METH_VARARGS, types without vectorcall)
# or make helper objects (zip's tuples, enumerate's result tuple) move gc.get_count().
import gc

gc.collect()
gc.disable()
data = [5, 3, 8, 1]


def step(label, thunk):
    c = gc.get_count()[0]
    r = thunk()
    print(label, r, gc.get_count()[0] - c)


step('len', lambda: len(data))
step('min of args', lambda: min(4, 2, 9))
step('max key', lambda: max(data, key=lambda v: -v))
step('str()', lambda: str(42))
step('int()', lambda: int('7'))
step('float()', lambda: float('2.5'))
step('list()', lambda: list(data))
step('tuple()', lambda: tuple(data))
step('dict()', lambda: dict(a=1))
step('zip', lambda: list(zip(data, 'abcd')))
step('enumerate', lambda: list(enumerate(data)))
step('map', lambda: list(map(abs, data)))
step('sorted', lambda: sorted(data))
step('reversed', lambda: list(reversed(data)))
step('startswith', lambda: 'gcount'.startswith('gc'))
step('format', lambda: '{}-{}'.format(1, 2))
step('join genexp', lambda: ','.join(str(v) for v in data))
