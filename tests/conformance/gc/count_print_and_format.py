# What printing and string formatting cost in gc.get_count() (args tuples, keyword tuples).
import gc

gc.collect()
gc.disable()
g = gc.get_count
c = g()[0]
print('first print')
print('delta after first print:', g()[0] - c)
c = g()[0]
print('a', 'b', 'c', sep='-', end='!\n')
print('delta after sep/end:', g()[0] - c)
c = g()[0]
s = 'x=%s y=%r' % (1, 'two')
t = '%d items' % (3,)
u = '{} and {}'.format(4, 5)
v = f'{s}|{t}|{u}'
print(v)
print('delta after formatting:', g()[0] - c)
c = g()[0]
print([1, 2], {'k': (3,)}, {7})
print('delta after container reprs:', g()[0] - c)
