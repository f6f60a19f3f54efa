# sys.getrefcount of objects held by a generator's frame matches CPython: parameters are in
# the frame from the start, locals and for-loop iterators while it is suspended, nothing
# once it is done.
import sys


def hold(o):
    x = o
    pair = [o, o]
    yield 'suspended'
    yield 'again'


obj = object()
print('alone', sys.getrefcount(obj))
g = hold(obj)
print('created', sys.getrefcount(obj))
next(g)
print('suspended', sys.getrefcount(obj))
next(g)
print('again', sys.getrefcount(obj))
g.close()
print('closed', sys.getrefcount(obj))

seq = [1, 2, 3]


def walk(s):
    for item in s:
        yield item


w = walk(seq)
print('list, created', sys.getrefcount(seq))
next(w)
print('list, iterating', sys.getrefcount(seq))
del w
print('list, freed', sys.getrefcount(seq))

w = walk(seq)
print(list(w))
print('list, exhausted', sys.getrefcount(seq))


def gen_of(x):
    yield x


g = gen_of(obj)
print('generator object', sys.getrefcount(g))
it = iter(g)
print('iter() is itself', it is g, sys.getrefcount(g))
